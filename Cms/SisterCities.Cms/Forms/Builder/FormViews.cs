namespace SisterCities.Cms.Forms.Builder;

/// <summary>Paths of the builder's and entries' views (they live beside the feature, not under Backoffice/).</summary>
internal static class FormViews
{
    public const string List = "/Forms/Builder/Views/Forms.cshtml";
    public const string Edit = "/Forms/Builder/Views/FormEdit.cshtml";
    public const string Entries = "/Forms/Builder/Views/Entries.cshtml";
    public const string Entry = "/Forms/Builder/Views/Entry.cshtml";
}

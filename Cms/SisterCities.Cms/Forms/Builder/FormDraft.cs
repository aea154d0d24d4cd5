namespace SisterCities.Cms.Forms.Builder;

/// <summary>
/// The builder's editable copy of a form, posted back whole on every button press (the builder works without
/// JavaScript): settings, pages and a flat list of fields, each naming its page. Numbers stay text until
/// <see cref="FormDraftMapper.ToSchema"/> parses them, so a typo comes back as a message next to its input.
/// </summary>
public sealed class FormDraft
{
    public string Name { get; set; } = "";

    /// <summary>The version the editor started from; a save over a newer one is reported, not silently stacked.</summary>
    public int BaseVersion { get; set; }

    public string SubmitLabelUk { get; set; } = "";

    public string SubmitLabelEn { get; set; } = "";

    public string SuccessUk { get; set; } = "";

    public string SuccessEn { get; set; } = "";

    public string ConsentUk { get; set; } = "";

    public string ConsentEn { get; set; } = "";

    public bool ShowSummaryPage { get; set; }

    public string RetentionDays { get; set; } = "365";

    public string Recipients { get; set; } = "";

    public string SubjectUk { get; set; } = "";

    public string SubjectEn { get; set; } = "";

    public string WebhookUrl { get; set; } = "";

    /// <summary>A newly typed secret; never written back into the page.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>The secret in force, sealed with Data Protection so it survives round trips without reaching the browser in clear.</summary>
    public string WebhookSecretSealed { get; set; } = "";

    public string DraftType { get; set; } = "";

    public string DraftParentKey { get; set; } = "";

    public string DraftSiteKey { get; set; } = "";

    public string DraftNameField { get; set; } = "";

    /// <summary>One <c>formAlias = propertyAlias</c> per line.</summary>
    public string DraftFieldMap { get; set; } = "";

    public List<FormDraftPage> Pages { get; set; } = [];

    public List<FormDraftField> Fields { get; set; } = [];

    /// <summary>
    /// MVC binds an empty input as null; the builder treats every text as a string, so nulls (and missing lists)
    /// become empty after binding.
    /// </summary>
    public FormDraft Normalized()
    {
        Pages ??= [];
        Fields ??= [];
        Blank(this);
        Pages.ForEach(Blank);
        foreach (var field in Fields)
        {
            field.FileTypes ??= [];
            field.Rules ??= [];
            Blank(field);
            field.Rules.ForEach(Blank);
        }

        return this;
    }

    private static void Blank(object target)
    {
        foreach (var property in target.GetType().GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
        {
            if (property.GetValue(target) is null)
            {
                property.SetValue(target, "");
            }
        }
    }
}

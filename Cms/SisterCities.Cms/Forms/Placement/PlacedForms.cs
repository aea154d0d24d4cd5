namespace SisterCities.Cms.Forms.Placement;

/// <summary>
/// Placing a form on a content page: the content types page, service, event and news article carry a property
/// <see cref="PropertyAlias"/> (editor <c>form</c>) holding the form's key; both themes draw it below the text.
/// </summary>
public static class PlacedForms
{
    public const string PropertyAlias = "form";

    /// <summary>The id of the element that wraps a placed form; the form posts to <c>…/submit#form</c> so the answer scrolls back to it.</summary>
    public const string AnchorId = "form";
}

namespace SisterCities.Cms.Forms.Placement;

/// <summary>
/// Request feature set by the form's POST handler when it answers with the content page the form sits on:
/// the step (with errors), or the success message, to draw in place of a fresh form.
/// </summary>
public sealed record PlacedFormResult(Guid FormKey, string Html);

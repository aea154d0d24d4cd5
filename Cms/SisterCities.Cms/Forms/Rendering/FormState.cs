namespace SisterCities.Cms.Forms.Rendering;

/// <summary>
/// What a no-JavaScript multi-page form carries between round trips, protected by Data Protection so a visitor can
/// neither read nor forge it: the version shown, the one-time token, when the form was first shown, the page, the answers so far,
/// and the content page the form was placed on (null on the form's own page).
/// </summary>
public sealed record FormState(
    Guid FormKey,
    int Version,
    Guid Token,
    DateTimeOffset IssuedAt,
    int Page,
    string Culture,
    Dictionary<string, IReadOnlyList<string>> Values,
    string? ReturnPath = null);

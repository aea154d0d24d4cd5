namespace SisterCities.Cms.Forms.Definitions;

/// <summary>
/// Errors keyed by field alias (messages in the visitor's culture) and the values to store: only visible fields
/// that take a value, trimmed, with hidden fields' defaults filled in.
/// </summary>
public sealed record FormValidationResult(
    IReadOnlyDictionary<string, string[]> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values)
{
    public bool IsValid => Errors.Count == 0;
}

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// The inquiry form on a showroom or project page: where it posts, what the sender typed (kept when it comes back
/// with errors) and the errors in the order of the fields, for the error summary.
/// </summary>
public sealed class InquiryForm
{
    public const string ItemsKey = "SisterCities.Catalog.InquiryForm";

    /// <summary>The field names, in the order the form shows them (and the error summary lists them).</summary>
    public static readonly IReadOnlyList<string> Fields = ["subject", "message", "fromName", "fromEmail", "fromOrganisation", "consentGiven"];

    public required string Action { get; init; }

    public required CatalogWords Words { get; init; }

    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Field, string Message)> Errors { get; init; } = [];

    /// <summary>The status the page answers with: 422 for errors, 429 over the limits.</summary>
    public int StatusCode { get; init; } = 200;

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;

    /// <summary>The input's id; the error summary links to it.</summary>
    public static string Id(string field) => "inquiry-" + field;
}

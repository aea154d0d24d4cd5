using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>One page of a form's entries with the filters that chose them.</summary>
public sealed record EntriesModel(
    FormDefinition Form,
    FormSchema CurrentSchema,
    IReadOnlyList<FormEntry> Entries,
    int Total,
    int PageNumber,
    int PageCount,
    string? Handled,
    string? From,
    string? To,
    string FilterQuery,
    string ExportUrl,
    IReadOnlyDictionary<string, string> Errors)
{
    public const int PageSize = 50;
}

using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>One entry with the version of the form it answered (for its labels), its files and its workflow log.</summary>
public sealed record EntryModel(
    FormDefinition Form,
    FormEntry Entry,
    FormSchema Schema,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Values,
    IReadOnlyList<FormWorkflowJob> Jobs,
    IReadOnlyList<FormWorkflowAttempt> Log,
    string? Notice);

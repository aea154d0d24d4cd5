using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Builder;

/// <summary>The builder page: the draft being edited, its errors keyed by input id, and what the selects offer.</summary>
public sealed class FormEditModel
{
    public required FormDefinition Form { get; init; }

    /// <summary>The owning site's name, or null for a network form.</summary>
    public string? SiteName { get; init; }

    public required FormDraft Draft { get; init; }

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public string? Notice { get; init; }

    public IReadOnlyList<(string Alias, string Name)> ContentTypes { get; init; } = [];

    public IReadOnlyList<(int Number, DateTimeOffset CreatedAt, int Entries)> Versions { get; init; } = [];

    public string? Error(string id) => Errors.TryGetValue(id, out var message) ? message : null;

    /// <summary>The <c>aria-describedby</c> value for an input: its hint and its error, when present.</summary>
    public string? DescribedBy(string id, bool hint = false)
    {
        var parts = new List<string>(2);
        if (hint)
        {
            parts.Add("h-" + id);
        }

        if (Errors.ContainsKey(id))
        {
            parts.Add("e-" + id);
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    /// <summary>Aliases of the fields a condition may test (every field with a value).</summary>
    public IEnumerable<string> ConditionSources => Draft.Fields.Where(f => f.Type != FieldType.Heading && f.Alias.Length > 0).Select(f => f.Alias).Distinct();
}

namespace SisterCities.Cms.Search;

/// <summary>A page of dependent documents keyed by owner, and the cursor of the next page (null: no more).</summary>
public sealed record SearchDependents(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> ByOwner, string? Next)
{
    public static SearchDependents None { get; } = new(new Dictionary<string, IReadOnlyList<SearchDocument>>(), null);

    /// <summary>Groups <paramref name="documents"/> by owner; <paramref name="owners"/> are kept even when they have no document now.</summary>
    public static SearchDependents Of(IEnumerable<string> owners, IEnumerable<SearchDocument> documents, string? next)
    {
        var byOwner = owners.Distinct(StringComparer.Ordinal).ToDictionary(o => o, _ => (IReadOnlyList<SearchDocument>)[], StringComparer.Ordinal);
        foreach (var group in documents.GroupBy(d => d.Owner, StringComparer.Ordinal))
        {
            byOwner[group.Key] = group.ToList();
        }

        return new SearchDependents(byOwner, next);
    }
}

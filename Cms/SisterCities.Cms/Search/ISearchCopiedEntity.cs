namespace SisterCities.Cms.Search;

/// <summary>
/// The fields of a feed entity that search documents copy (a site's names and cultures, a partner city's names),
/// as one string. The indexer remembers the value it last re-indexed dependents for and skips the dependents when
/// a change left these fields alone (a site's theme settings saved, a partner city's coordinates corrected).
/// An entity without one always re-indexes its dependents.
/// </summary>
public interface ISearchCopiedEntity
{
    /// <summary>The <c>ChangeFeedEntry.Entity</c>, e.g. <c>site</c>.</summary>
    string Entity { get; }

    /// <summary>The copied fields as they are now, or null when the entity is gone.</summary>
    Task<string?> CopiedFieldsAsync(string entityId, CancellationToken cancellationToken);
}

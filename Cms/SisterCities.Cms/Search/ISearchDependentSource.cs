namespace SisterCities.Cms.Search;

/// <summary>
/// Optional second face of an <see cref="ISearchDocumentSource"/> whose documents copy data of another feed entity
/// (a site's name, a partner city's name). When such an entity changes, the indexer asks every source that depends
/// on it for its affected documents, page by page, and replaces them in the same batch; the batch's sequence number
/// is committed only after the last page is written, so a crash replays the whole re-index.
/// </summary>
public interface ISearchDependentSource
{
    /// <summary>Feed entities (<c>ChangeFeedEntry.Entity</c>, e.g. <c>site</c>) whose change re-indexes some of this source's documents.</summary>
    IReadOnlyCollection<string> DependsOn { get; }

    /// <summary>
    /// One page of this source's public documents, as they are now, that copy data from <paramref name="entity"/>
    /// <paramref name="entityId"/>. Start with <paramref name="after"/> null and pass <see cref="SearchDependents.Next"/>
    /// until it is null. Every owner of a page comes with all of its documents (the indexer replaces by owner).
    /// </summary>
    Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken);
}

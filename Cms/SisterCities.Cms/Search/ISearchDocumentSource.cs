namespace SisterCities.Cms.Search;

/// <summary>
/// A plug-in that tells the indexer what to index for one entity of the change feed. The content source ships
/// with search; the catalog and partnerships add theirs with <c>services.AddScoped&lt;ISearchDocumentSource, …&gt;()</c>
/// and the indexer never changes. Sources are resolved in a scope, so they may use the <c>CmsDbContext</c>.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>The <c>ChangeFeedEntry.Entity</c> this source handles, e.g. <c>content</c>.</summary>
    string Entity { get; }

    /// <summary>
    /// The public documents of one entity as they are now. An empty list means "nothing public": the indexer
    /// removes whatever it held for the entity (unpublished, deleted, suspended).
    /// </summary>
    Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken);

    /// <summary>Every public document of this source, for a full rebuild; streamed so 100,000 rows never sit in memory.</summary>
    IAsyncEnumerable<SearchDocument> LoadAllAsync(CancellationToken cancellationToken);
}

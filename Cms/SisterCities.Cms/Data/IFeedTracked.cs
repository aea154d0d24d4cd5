namespace SisterCities.Cms.Data;

/// <summary>
/// An entity whose every insert, update and delete is announced on the change feed, in the same
/// transaction as the write itself. Consumers (search indexer, cache eviction, mail) follow the feed.
/// </summary>
public interface IFeedTracked
{
    /// <summary>The entity name written to the feed, e.g. <c>content</c> or <c>site</c>.</summary>
    string FeedEntity { get; }

    /// <summary>The stable identifier consumers use to reload the entity (a GUID key or a site key).</summary>
    string FeedId { get; }

    /// <summary>The site the change belongs to, so consumers can evict per site; null for network-wide entities.</summary>
    int? FeedSiteId { get; }
}

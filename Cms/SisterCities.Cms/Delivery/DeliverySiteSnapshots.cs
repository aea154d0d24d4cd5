using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// The published content of one site in one culture, in memory (Umbraco serves its Delivery API from its
/// in-memory published cache the same way). Loaded on first use by three SQL statements, dropped when the change
/// feed reports a change to that site's content (or any site or content-type change), exactly when the output
/// cache is evicted, so a publish is visible as quickly as before. Preview reads never use it.
/// </summary>
/// <remarks>
/// Profiling the uncached listing showed most of each request's time in SQLite preparing and stepping the page
/// query and the culture lookup, and in EF Core's per-query work; a site's published tree is small (tens to a few
/// thousand items), so filtering, sorting and paging it in memory is far cheaper than a round trip.
/// </remarks>
public sealed class DeliverySiteSnapshots : IChangeFeedListener
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ConcurrentDictionary<(int SiteId, string Culture), FeedInvalidatedCache<DeliverySiteSnapshot>> _caches = new();

    public DeliverySiteSnapshots(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
    }

    internal ValueTask<DeliverySiteSnapshot> GetAsync(int siteId, string culture, CancellationToken cancellationToken) =>
        _caches.GetOrAdd((siteId, culture), key => new FeedInvalidatedCache<DeliverySiteSnapshot>(ct => LoadAsync(key.SiteId, key.Culture, ct)))
            .GetAsync(cancellationToken);

    public Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            if (change.Entity == ContentItem.FeedEntityName && change.SiteId is { } siteId)
            {
                InvalidateSite(siteId);
            }
            else if (change.Entity is ContentItem.FeedEntityName or Site.FeedEntityName
                || change.Entity.Contains("type", StringComparison.OrdinalIgnoreCase))
            {
                Invalidate();
                return Task.CompletedTask;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops every snapshot (after writes in this process that tests want to see at once).</summary>
    public void Invalidate()
    {
        foreach (var cache in _caches.Values)
        {
            cache.Invalidate();
        }
    }

    private void InvalidateSite(int siteId)
    {
        foreach (var (key, cache) in _caches)
        {
            if (key.SiteId == siteId)
            {
                cache.Invalidate();
            }
        }
    }

    private async Task<DeliverySiteSnapshot> LoadAsync(int siteId, string culture, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var rows = await DeliveryRows.For(db, culture, preview: false).Where(r => r.SiteId == siteId).ToListAsync(cancellationToken);

        // Every published culture of the site's items (the "cultures" of each item), and every item key of the
        // site, trashed and unpublished included: filter=parentId: names any item, as the SQL path does.
        var cultures = await (
                from v in db.Set<ContentVariant>().AsNoTracking()
                join i in db.Set<ContentItem>().AsNoTracking() on v.ItemId equals i.Id
                where i.SiteId == siteId && v.PublishedVersionId != null
                orderby v.Culture
                select new { v.ItemId, v.Culture, v.UrlPath })
            .ToListAsync(cancellationToken);
        var keys = await db.Set<ContentItem>().AsNoTracking().Where(i => i.SiteId == siteId)
            .Select(i => new { i.Key, i.Id }).ToListAsync(cancellationToken);
        return new DeliverySiteSnapshot(
            rows,
            cultures.ToLookup(c => c.ItemId, c => (c.Culture, c.UrlPath)),
            keys.ToDictionary(k => k.Key, k => k.Id));
    }
}

using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Small, rarely changing lookups the API needs on every uncached request (each site's root item, the
/// content types), kept in memory and dropped when the change feed reports a content, site or type change.
/// </summary>
public sealed class DeliveryCatalog : IChangeFeedListener
{
    private readonly IServiceScopeFactory _scopes;
    private readonly FeedInvalidatedCache<Snapshot> _snapshot;

    public DeliveryCatalog(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _snapshot = new FeedInvalidatedCache<Snapshot>(LoadAsync);
    }

    /// <summary>The root item key of a site (its first level-1 item), if it has one.</summary>
    public async ValueTask<Guid?> RootKeyAsync(int siteId, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).RootBySite.TryGetValue(siteId, out var key) ? key : null;

    /// <summary>The site whose root item has this key.</summary>
    public async ValueTask<int?> SiteOfRootAsync(Guid key, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).SiteByRoot.TryGetValue(key, out var id) ? id : null;

    public async ValueTask<ContentType?> TypeAsync(string alias, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Types.GetValueOrDefault(alias);

    public async ValueTask<IReadOnlyList<ContentType>> TypesAsync(CancellationToken cancellationToken) =>
        [.. (await GetAsync(cancellationToken)).Types.Values.OrderBy(t => t.Alias, StringComparer.Ordinal)];

    public Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Entity is ContentItem.FeedEntityName or Site.FeedEntityName || c.Entity.Contains("type", StringComparison.OrdinalIgnoreCase)))
        {
            _snapshot.Invalidate();
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the lookups (after writes in this process that tests want to see at once).</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken) => _snapshot.GetAsync(cancellationToken);

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var roots = await db.Set<ContentItem>().AsNoTracking()
            .Where(i => i.Level == 1 && !i.Trashed)
            .OrderBy(i => i.SiteId).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new { i.SiteId, i.Key })
            .ToListAsync(cancellationToken);
        var types = await db.Set<ContentType>().AsNoTracking().ToListAsync(cancellationToken);
        var rootBySite = new Dictionary<int, Guid>();
        foreach (var root in roots)
        {
            rootBySite.TryAdd(root.SiteId, root.Key);
        }

        return new Snapshot(
            rootBySite.ToFrozenDictionary(),
            roots.ToFrozenDictionary(r => r.Key, r => r.SiteId),
            types.ToFrozenDictionary(t => t.Alias, StringComparer.Ordinal));
    }

    private sealed record Snapshot(
        FrozenDictionary<int, Guid> RootBySite,
        FrozenDictionary<Guid, int> SiteByRoot,
        FrozenDictionary<string, ContentType> Types);
}

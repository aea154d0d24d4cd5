using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites;

/// <summary>
/// Every site and hostname of the network in memory, rebuilt when the change feed reports a site change.
/// Resolving a host is a dictionary lookup on every request; the database is read only on a change.
/// </summary>
public sealed class SiteDirectory : IChangeFeedListener
{
    private readonly IServiceScopeFactory _scopes;
    private readonly FeedInvalidatedCache<Snapshot> _snapshot;

    public SiteDirectory(IServiceScopeFactory scopes)
    {
        _scopes = scopes;
        _snapshot = new FeedInvalidatedCache<Snapshot>(LoadAsync);
    }

    public async ValueTask<SiteSummary?> FindByHostAsync(string host, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ByHost.GetValueOrDefault(host.ToLowerInvariant());

    public async ValueTask<SiteSummary?> FindByKeyAsync(string key, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ByKey.GetValueOrDefault(key);

    public async ValueTask<SiteSummary?> FindByIdAsync(int id, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).ById.GetValueOrDefault(id);

    public async ValueTask<IReadOnlyList<SiteSummary>> AllAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).All;

    public Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Entity == Site.FeedEntityName))
        {
            _snapshot.Invalidate();
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the snapshot so the next request reloads it (after an import in this process).</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private ValueTask<Snapshot> GetAsync(CancellationToken cancellationToken) => _snapshot.GetAsync(cancellationToken);

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var sites = await db.Set<Site>().AsNoTracking().Include(s => s.Hostnames).ToListAsync(cancellationToken);
        var all = sites.OrderBy(s => s.NameUk, UkrainianOrder.Comparer).Select(s => new SiteSummary(
            s.Id, s.Key, s.NameUk, s.NameEn, s.OblastNameUk, s.OblastNameEn, s.CultureList, s.Theme, s.ThemeSettings,
            s.Hostnames.Select(h => h.Hostname).ToList())).ToList();
        return new Snapshot(
            all,
            all.ToFrozenDictionary(s => s.Key, StringComparer.OrdinalIgnoreCase),
            all.ToFrozenDictionary(s => s.Id),
            all.SelectMany(s => s.Hostnames.Select(h => (h, s))).ToFrozenDictionary(p => p.h, p => p.s, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Snapshot(
        IReadOnlyList<SiteSummary> All,
        FrozenDictionary<string, SiteSummary> ByKey,
        FrozenDictionary<int, SiteSummary> ById,
        FrozenDictionary<string, SiteSummary> ByHost);
}

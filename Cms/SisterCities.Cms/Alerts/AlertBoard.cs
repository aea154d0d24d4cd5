using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Alerts;

/// <summary>
/// All unexpired alerts in memory, reloaded when the change feed reports an alert change (on every node within
/// the feed's poll interval). Expiry is checked on every read against the clock, so an expired alert disappears
/// on time without a reload.
/// </summary>
public sealed class AlertBoard(IServiceScopeFactory scopes, TimeProvider clock) : IAlertBoard, IChangeFeedListener
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile Snapshot? _snapshot;

    public async ValueTask<IReadOnlyList<ActiveAlert>> ForSiteAsync(int siteId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return snapshot.Alerts
            .Where(a => a.Alert.ExpiresAt > now && (a.AllSites || a.SiteIds.Contains(siteId)))
            .Select(a => a.Alert)
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.CreatedAt)
            .ToList();
    }

    public Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        if (changes.Any(c => c.Entity == EmergencyAlert.FeedEntityName))
        {
            _snapshot = null;
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the cache so the next read reloads (used in this process right after a change).</summary>
    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var now = clock.GetUtcNow();
            var rows = await db.Set<EmergencyAlert>().AsNoTracking().Include(a => a.Sites)
                .Where(a => a.WithdrawnAt == null && a.ExpiresAt > now)
                .ToListAsync(cancellationToken);
            var snapshot = new Snapshot(rows.Select(a => new Entry(
                new ActiveAlert(a.Key, a.Severity, a.MessageUk, a.MessageEn, a.CreatedAt, a.ExpiresAt),
                a.AllSites,
                a.Sites.Select(s => s.SiteId).ToHashSet())).ToList());
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private sealed record Entry(ActiveAlert Alert, bool AllSites, HashSet<int> SiteIds);

    private sealed record Snapshot(IReadOnlyList<Entry> Alerts);
}

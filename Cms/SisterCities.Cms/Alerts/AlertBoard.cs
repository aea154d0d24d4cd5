using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Alerts;

/// <summary>
/// All unexpired alerts in memory, reloaded when the change feed reports an alert change (on every node within
/// the feed's poll interval). Expiry is checked on every read against the clock, so an expired alert disappears
/// on time without a reload.
/// </summary>
public sealed class AlertBoard : IAlertBoard, IChangeFeedListener
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly FeedInvalidatedCache<Snapshot> _snapshot;

    public AlertBoard(IServiceScopeFactory scopes, TimeProvider clock)
    {
        _scopes = scopes;
        _clock = clock;
        _snapshot = new FeedInvalidatedCache<Snapshot>(LoadAsync);
    }

    public async ValueTask<IReadOnlyList<ActiveAlert>> ForSiteAsync(int siteId, CancellationToken cancellationToken)
    {
        var snapshot = await _snapshot.GetAsync(cancellationToken);
        var now = _clock.GetUtcNow();
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
            _snapshot.Invalidate();
        }

        return Task.CompletedTask;
    }

    /// <summary>Drops the cache so the next read reloads (used in this process right after a change).</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = _clock.GetUtcNow();
        var rows = await db.Set<EmergencyAlert>().AsNoTracking().Include(a => a.Sites)
            .Where(a => a.WithdrawnAt == null && a.ExpiresAt > now)
            .ToListAsync(cancellationToken);
        return new Snapshot(rows.Select(a => new Entry(
            new ActiveAlert(a.Key, a.Severity, a.MessageUk, a.MessageEn, a.CreatedAt, a.ExpiresAt),
            a.AllSites,
            a.Sites.Select(s => s.SiteId).ToHashSet())).ToList());
    }

    private sealed record Entry(ActiveAlert Alert, bool AllSites, HashSet<int> SiteIds);

    private sealed record Snapshot(IReadOnlyList<Entry> Alerts);
}

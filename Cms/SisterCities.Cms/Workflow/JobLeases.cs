using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// Database leases so that of several nodes only one runs a background job at a time. Taking a lease is one
/// conditional UPDATE (free, expired, or already ours); the database serializes competing nodes.
/// </summary>
public sealed class JobLeases(CmsDbContext db, TimeProvider clock)
{
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == job && (l.Holder == null || l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<JobLease>().AnyAsync(l => l.Name == job, cancellationToken))
        {
            return false;
        }

        try
        {
            db.Add(new JobLease { Name = job, Holder = holder, ExpiresAt = until });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another node inserted the row first; it holds the lease this round.
            db.ChangeTracker.Clear();
            return false;
        }
    }

    public Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken) =>
        db.Set<JobLease>().Where(l => l.Name == job && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, (string?)null), cancellationToken);
}

using Microsoft.EntityFrameworkCore;

namespace SisterCities.Cms.Data;

/// <summary>
/// Turns tracked changes into feed rows just before SaveChanges, so the rows commit or roll back
/// together with the change they describe. A service may add a more specific row itself
/// (e.g. <c>published</c>) with <see cref="Announce"/>.
/// </summary>
internal static class ChangeFeedRecorder
{
    public static void AppendEntries(CmsDbContext db)
    {
        var now = db.Clock.GetUtcNow();
        var pending = new List<ChangeFeedEntry>();
        foreach (var entry in db.ChangeTracker.Entries<IFeedTracked>())
        {
            var change = entry.State switch
            {
                EntityState.Added => FeedChanges.Created,
                EntityState.Modified => FeedChanges.Updated,
                EntityState.Deleted => FeedChanges.Deleted,
                _ => null,
            };
            if (change is null)
            {
                continue;
            }

            var tracked = entry.Entity;
            pending.Add(new ChangeFeedEntry
            {
                Entity = tracked.FeedEntity,
                EntityId = tracked.FeedId,
                Change = change,
                SiteId = tracked.FeedSiteId,
                OccurredAt = now,
            });
        }

        // One row per entity and change is enough for consumers: they reload the entity anyway.
        foreach (var row in pending.DistinctBy(r => (r.Entity, r.EntityId, r.Change)))
        {
            db.ChangeFeed.Add(row);
        }
    }

    public static void Announce(this CmsDbContext db, string entity, string entityId, string change, int? siteId) =>
        db.ChangeFeed.Add(new ChangeFeedEntry
        {
            Entity = entity,
            EntityId = entityId,
            Change = change,
            SiteId = siteId,
            OccurredAt = db.Clock.GetUtcNow(),
        });
}

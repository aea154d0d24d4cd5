using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// The businesses waiting for a decision that a given moderator may take: a site admin sees their municipalities'
/// pending businesses, a network admin sees all of them, foreign ones included. Oldest first, so nobody waits forever.
/// </summary>
public sealed class ModerationQueue(CmsDbContext db, SiteDirectory sites)
{
    public const int MaxTake = 200;

    public async Task<IReadOnlyList<Business>> PendingAsync(ICatalogActor actor, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var query = db.Set<Business>().AsNoTracking().Include(b => b.Activities).Where(b => b.State == VerificationState.Pending);
        if (!actor.IsNetworkAdmin)
        {
            var siteIds = (await sites.AllAsync(cancellationToken)).Select(s => s.Id).Where(actor.IsSiteAdminOf).ToList();
            query = query.Where(b => b.SiteId != null && siteIds.Contains(b.SiteId.Value));
        }

        return await query.OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).Take(Math.Clamp(take, 1, MaxTake)).ToListAsync(cancellationToken);
    }
}

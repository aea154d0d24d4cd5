using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// Answers "what may this user do on that site". Read from the database on every request (one small query),
/// so a revoked role takes effect at once; there is no role cache to go stale.
/// </summary>
public sealed class SiteAccess(CmsDbContext db, UserManager<CmsUser> users)
{
    /// <summary>The signed-in user with their roles, or null for anonymous or deleted users.</summary>
    public async Task<Editor?> LoadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = users.GetUserId(principal);
        if (userId is null)
        {
            return null;
        }

        return await LoadAsync(userId, cancellationToken);
    }

    public async Task<Editor?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var isNetworkAdmin = await (
            from ur in db.UserRoles
            join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == userId && r.Name == NetworkRoles.NetworkAdmin
            select ur).AnyAsync(cancellationToken);
        var roles = await db.Set<SiteMembership>().AsNoTracking().Where(m => m.UserId == userId)
            .ToDictionaryAsync(m => m.SiteId, m => m.Role, cancellationToken);
        return new Editor(user.Id, user.Label, user.Email ?? "", isNetworkAdmin, roles);
    }
}

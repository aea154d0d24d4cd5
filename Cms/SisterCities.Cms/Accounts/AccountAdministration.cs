using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Accounts;

/// <summary>Creating accounts and changing who may do what; every permission change is audited in its transaction.</summary>
public sealed class AccountAdministration(
    CmsDbContext db, UserManager<CmsUser> users, RoleManager<IdentityRole> roles, AuditTrail audit, TimeProvider clock)
{
    public Task<bool> HasNetworkAdminAsync(CancellationToken cancellationToken) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where r.Name == NetworkRoles.NetworkAdmin
         select ur).AnyAsync(cancellationToken);

    /// <summary>Creates a user (no role yet). Password rules and a duplicate e-mail come back as Identity errors.</summary>
    public async Task<(IdentityResult Result, CmsUser User)> CreateUserAsync(
        string email, string displayName, string password, Editor? actor, CancellationToken cancellationToken)
    {
        var user = new CmsUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (result, user);
        }

        audit.Record(null, actor, AuditActions.UserCreated, user.Id, detail: user.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (result, user);
    }

    /// <summary>Creates a network admin; used by the first-run link and by <c>users create-admin</c>.</summary>
    public async Task<IdentityResult> CreateNetworkAdminAsync(string email, string password, Editor? actor, CancellationToken cancellationToken)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        if (!await roles.RoleExistsAsync(NetworkRoles.NetworkAdmin))
        {
            await roles.CreateAsync(new IdentityRole(NetworkRoles.NetworkAdmin));
        }

        var (result, user) = await CreateUserAsync(email, "", password, actor, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        result = await users.AddToRoleAsync(user, NetworkRoles.NetworkAdmin);
        if (!result.Succeeded)
        {
            return result;
        }

        audit.Record(null, actor, AuditActions.RoleGranted, user.Id, detail: $"{user.Email}: {NetworkRoles.NetworkAdmin}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Gives a user a role on a site (replacing the one they had there).</summary>
    public async Task GrantAsync(string userId, int siteId, SiteRole role, Editor? actor, CancellationToken cancellationToken)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var membership = await db.Set<SiteMembership>().SingleOrDefaultAsync(m => m.UserId == userId && m.SiteId == siteId, cancellationToken);
        if (membership is null)
        {
            db.Add(new SiteMembership { UserId = userId, SiteId = siteId, Role = role, GrantedAt = clock.GetUtcNow() });
        }
        else
        {
            membership.Role = role;
            membership.GrantedAt = clock.GetUtcNow();
        }

        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(cancellationToken);
        audit.Record(siteId, actor, AuditActions.RoleGranted, userId, detail: $"{email}: {role}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RevokeAsync(string userId, int siteId, Editor? actor, CancellationToken cancellationToken)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var membership = await db.Set<SiteMembership>().SingleOrDefaultAsync(m => m.UserId == userId && m.SiteId == siteId, cancellationToken);
        if (membership is null)
        {
            return;
        }

        db.Remove(membership);
        audit.Record(siteId, actor, AuditActions.RoleRevoked, userId, detail: membership.Role.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Ends every session of the user: the new security stamp makes every issued cookie fail validation.</summary>
    public async Task SignOutEverywhereAsync(string userId, Editor? actor, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException($"No user {userId}.");
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await users.UpdateSecurityStampAsync(user);
        audit.Record(null, actor, AuditActions.SignedOutEverywhere, userId, detail: user.Email);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// A site admin manages who works on their site. A new person gets an account with an unusable random password
/// and an e-mail with a password-reset link, so no password is ever chosen for them or shown to the admin.
/// </summary>
[Route("backoffice/sites/{siteKey}/members")]
public sealed class MembersController(
    CmsDbContext db, SiteDirectory sites, UserManager<CmsUser> users, AccountAdministration accounts, MailOutbox outbox) : BackofficeController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        return Me.Can(site.Id, SiteRole.SiteAdmin) ? Page("Members", await ModelAsync(site, null, [], cancellationToken)) : Forbidden();
    }

    [HttpPost("")]
    public async Task<IActionResult> Grant(string siteKey, string? email, string? role, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (!Me.Can(site.Id, SiteRole.SiteAdmin))
        {
            return Forbidden();
        }

        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) || !Enum.TryParse<SiteRole>(role, out var siteRole) || !Enum.IsDefined(siteRole))
        {
            return Page("Members", await ModelAsync(site, null, ["Enter an e-mail address and choose a role."], cancellationToken), StatusCodes.Status422UnprocessableEntity);
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            var (result, created) = await accounts.CreateUserAsync(email, "", RandomNumberGenerator.GetHexString(48), Me, cancellationToken);
            if (!result.Succeeded)
            {
                return Page("Members", await ModelAsync(site, null, result.Errors.Select(e => e.Description).ToList(), cancellationToken), StatusCodes.Status422UnprocessableEntity);
            }

            user = created;
            var token = await users.GeneratePasswordResetTokenAsync(user);
            outbox.Enqueue(user.Email!, $"[{site.NameUk}] Доступ до редакції / Backoffice access",
                $"""
                Вам надано доступ до редакції сайту {site.NameUk} ({siteRole}). Оберіть пароль за посиланням:
                You have been given access to the {site.NameEn} backoffice ({siteRole}). Choose your password here:

                /backoffice/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}
                """);
        }

        await accounts.GrantAsync(user.Id, site.Id, siteRole, Me, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Page("Members", await ModelAsync(site, $"{user.Email} is now {siteRole}.", [], cancellationToken));
    }

    [HttpPost("{userId}/revoke")]
    public async Task<IActionResult> Revoke(string siteKey, string userId, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (!Me.Can(site.Id, SiteRole.SiteAdmin))
        {
            return Forbidden();
        }

        await accounts.RevokeAsync(userId, site.Id, Me, cancellationToken);
        return Redirect($"/backoffice/sites/{site.Key}/members");
    }

    private async Task<MembersModel> ModelAsync(SiteSummary site, string? notice, IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        var members = await (
            from m in db.Set<SiteMembership>()
            join u in db.Users on m.UserId equals u.Id
            where m.SiteId == site.Id
            orderby u.Email
            select new { u.Id, u.Email, u.DisplayName, m.Role }).ToListAsync(cancellationToken);
        return new MembersModel(site, members.Select(m => (m.Id, m.Email ?? "", m.DisplayName, m.Role)).ToList(), notice, errors);
    }
}

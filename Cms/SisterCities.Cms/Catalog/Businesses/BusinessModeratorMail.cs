using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// Tells the moderators of a business that it waits for them again: the site admins of its municipality, or the
/// network admins for a foreign business (and for a municipality that has no site admin yet, so nobody is left
/// unasked). Managers of the business are never asked, as they may not decide on it. Queued in the outbox, so the
/// messages are sent only if the change commits.
/// </summary>
public sealed class BusinessModeratorMail(CmsDbContext db, MailOutbox outbox, SiteDirectory sites)
{
    public const string QueuePath = "/backoffice/catalog/moderation";

    /// <summary>Queues one message per moderator address; returns the addresses.</summary>
    /// <param name="corrections">"field: old → new" lines of the legal-identity corrections since the rejection, if any.</param>
    public async Task<IReadOnlyList<string>> ResubmittedAsync(Business business, string? previousReason, IReadOnlyList<string> corrections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(business);
        var managers = db.Set<BusinessManager>().Where(m => m.BusinessId == business.Id).Select(m => m.UserId);
        var addresses = new List<string>();
        if (business.SiteId is int siteId)
        {
            addresses = await (
                from m in db.Set<SiteMembership>()
                join u in db.Users on m.UserId equals u.Id
                where m.SiteId == siteId && m.Role == SiteRole.SiteAdmin && u.Email != null && !managers.Contains(u.Id)
                select u.Email!).ToListAsync(cancellationToken);
        }

        if (addresses.Count == 0)
        {
            addresses = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == NetworkRoles.NetworkAdmin && u.Email != null && !managers.Contains(u.Id)
                select u.Email!).ToListAsync(cancellationToken);
        }

        var site = business.SiteId is int id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        var where = site is null ? $"{business.ForeignCity} ({business.CountryCode})" : site.NameUk;
        var changed = corrections.Count == 0 ? "" : "\nВиправлено після відхилення / Corrected since the rejection:\n" + string.Join('\n', corrections) + "\n";
        var distinct = addresses.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var address in distinct)
        {
            outbox.Enqueue(address, $"[{where}] Знову на перевірку / Submitted again: {business.DisplayName}",
                $"""
                «{business.DisplayName}» ({business.LegalName}, {where}) виправили профіль і знову подали на перевірку.
                "{business.DisplayName}" ({business.LegalName}, {where}) corrected the profile and submitted it again for verification.
                {(string.IsNullOrWhiteSpace(previousReason) ? "" : "\nПопередня причина відхилення / Previous reason for rejecting:\n" + previousReason.Trim() + "\n")}{changed}
                {QueuePath}
                """);
        }

        return distinct;
    }
}

using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Offers;

/// <summary>
/// Answers to cooperation offers ride on the catalog's inquiry intake; this says which offers are open and
/// queues one outbox mail per owner: the editors and site admins of the offering site, or the managers of the
/// offering business. A site nobody edits yet falls back to the network admins, so no answer goes unread.
/// </summary>
public sealed class OfferAnswerRouting(CmsDbContext db, OfferWriter offers, SiteDirectory sites, MailOutbox outbox) : IOfferAnswerRouting
{
    public async Task<string?> OpenOfferTitleAsync(Guid offerKey, CancellationToken cancellationToken)
    {
        return await offers.OpenOffers().Where(o => o.Key == offerKey).Select(o => o.TitleEn).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task QueueNoticesAsync(Inquiry answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var offer = await db.Set<CooperationOffer>().AsNoTracking().SingleAsync(o => o.Key == answer.OfferId, cancellationToken);
        var owner = offer.SiteId is { } siteId
            ? (await sites.FindByIdAsync(siteId, cancellationToken))?.NameUk
            : await db.Set<Business>().Where(b => b.Id == offer.BusinessKey).Select(b => b.DisplayName).SingleOrDefaultAsync(cancellationToken);
        foreach (var to in await RecipientsAsync(offer, cancellationToken))
        {
            outbox.Enqueue(to, $"Відповідь на пропозицію / Answer to your offer: {offer.TitleUk}", Body(offer, owner, answer));
        }
    }

    /// <summary>The addresses the notice goes to, sorted so the outbox rows come out the same every time.</summary>
    public async Task<IReadOnlyList<string>> RecipientsAsync(CooperationOffer offer, CancellationToken cancellationToken) =>
        [.. (await RecipientAccountsAsync(offer, cancellationToken)).Select(a => a.Email).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>The people the notices go to are the ones who may read the sender's address and handle the answer.</summary>
    public async Task<bool> MayHandleAnswersAsync(ICatalogActor actor, Guid offerKey, CancellationToken cancellationToken)
    {
        var offer = await db.Set<CooperationOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Key == offerKey, cancellationToken);
        return offer is not null && await MayHandleAnswersAsync(actor, offer, cancellationToken);
    }

    /// <summary>The same check for an offer the caller has loaded already.</summary>
    public async Task<bool> MayHandleAnswersAsync(ICatalogActor actor, CooperationOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return (await RecipientAccountsAsync(offer, cancellationToken)).Any(a => a.UserId == actor.UserId);
    }

    /// <summary>
    /// The site's Editors and SiteAdmins (Authors are not told), or the offering business's managers; when none of them
    /// has an address, the network admins, so no answer goes unread.
    /// </summary>
    private async Task<List<(string UserId, string Email)>> RecipientAccountsAsync(CooperationOffer offer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(offer);
        IQueryable<string> userIds = offer.SiteId is { } siteId
            ? db.Set<SiteMembership>().Where(m => m.SiteId == siteId && (m.Role == SiteRole.Editor || m.Role == SiteRole.SiteAdmin)).Select(m => m.UserId)
            : db.Set<BusinessManager>().Where(m => m.BusinessId == offer.BusinessKey).Select(m => m.UserId);
        var accounts = await db.Users.Where(u => userIds.Contains(u.Id) && u.Email != null).Select(u => new { u.Id, Email = u.Email! }).ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            accounts = await (
                from u in db.Users
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where r.Name == NetworkRoles.NetworkAdmin && u.Email != null
                select new { u.Id, Email = u.Email! }).ToListAsync(cancellationToken);
        }

        return [.. accounts.Select(a => (a.Id, a.Email))];
    }

    private static string Body(CooperationOffer offer, string? owner, Inquiry answer) => string.Create(CultureInfo.InvariantCulture, $"""
        Надійшла відповідь на пропозицію співпраці «{offer.TitleUk}»{(owner is null ? "" : $" ({owner})")}.
        An answer to the cooperation offer "{offer.TitleEn}" arrived through SisterCities.

        Від / From: {answer.FromName} <{answer.FromEmail}>
        Організація / Organisation: {answer.FromOrganisation ?? "-"}
        Тема / Subject: {answer.Subject}

        {answer.Message}

        Відповідайте напряму на {answer.FromEmail} / Reply directly to {answer.FromEmail}.
        Згода надана / Consent given {answer.ConsentedAt:yyyy-MM-dd HH:mm} UTC: {answer.ConsentText}
        """);
}

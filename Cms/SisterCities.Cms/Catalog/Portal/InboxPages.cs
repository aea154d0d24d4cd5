using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// One page of a business's inbox (inquiries to the business and its projects, answers to its cooperation offers),
/// newest first, with the counts the page shows. Two queries whatever the page size: the counts, then the page's rows
/// with the project or offer title joined in.
/// The manager check is part of both queries, so an account that does not manage the business gets nothing.
/// </summary>
public sealed class InboxPages(CmsDbContext db, InquiryInbox inbox)
{
    public const int PageSize = 20;

    public async Task<InboxPage> LoadAsync(string userId, Guid businessId, int page, bool unreadOnly, CancellationToken cancellationToken)
    {
        var all = Inbox(userId, businessId);
        var counts = await all.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Unread = g.Count(i => i.ReadAt == null) })
            .SingleOrDefaultAsync(cancellationToken);
        var total = counts?.Total ?? 0;
        var unread = counts?.Unread ?? 0;
        var listed = unreadOnly ? unread : total;
        var pageCount = Math.Max(1, (listed + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return new InboxPage(page, pageCount, total, unread, unreadOnly, [], OutOfRange: true);
        }

        var query = unreadOnly ? all.Where(i => i.ReadAt == null) : all;
        var rows = await (
            from i in query
            join p in db.Set<InvestmentProject>() on i.ProjectId equals (Guid?)p.Id into projects
            from p in projects.DefaultIfEmpty()
            join o in db.Set<CooperationOffer>() on i.OfferId equals (Guid?)o.Key into offers
            from o in offers.DefaultIfEmpty()
            orderby i.CreatedAt descending, i.Id
            select new { Inquiry = i, ProjectTexts = p == null ? null : p.Texts, OfferTitle = o == null ? null : o.TitleUk })
            .Skip((page - 1) * PageSize).Take(PageSize)
            .AsNoTracking().ToListAsync(cancellationToken);
        var items = rows.Select(r => new InboxRow(r.Inquiry, r.ProjectTexts is null ? null : ProjectTitle(r.ProjectTexts), r.OfferTitle)).ToList();
        return new InboxPage(page, pageCount, total, unread, unreadOnly, items, OutOfRange: false);
    }

    private IQueryable<Inquiry> Inbox(string userId, Guid businessId)
    {
        return inbox.AddressedTo(businessId).AsNoTracking()
            .Where(i => db.Set<BusinessManager>().Any(m => m.BusinessId == businessId && m.UserId == userId));
    }

    private static string ProjectTitle(Dictionary<string, ProjectText> texts) =>
        texts.TryGetValue("uk", out var uk) ? uk.Title
        : texts.TryGetValue("en", out var en) ? en.Title
        : texts.Values.Select(t => t.Title).FirstOrDefault() ?? "";
}

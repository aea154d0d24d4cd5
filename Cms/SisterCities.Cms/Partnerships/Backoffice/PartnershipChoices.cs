using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>The lists the partnership and event forms choose from, limited to what the site may use.</summary>
public sealed class PartnershipChoices(CmsDbContext db, SiteDirectory sites)
{
    public const int MaxNews = 100;
    public const int MaxDocuments = 200;

    public async Task<string> SiteNameAsync(int id, CancellationToken cancellationToken) =>
        (await sites.FindByIdAsync(id, cancellationToken)) is { } s ? $"{s.NameUk} ({s.NameEn})" : $"#{id}";

    public async Task<PartnershipFormModel> PartnershipFormAsync(SiteSummary site, Partnership? partnership, EditForm form, bool saved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var documents = await db.Set<MediaItem>().AsNoTracking()
            .Where(m => (m.SiteId == site.Id || m.SiteId == null) && m.ContentType == "application/pdf")
            .OrderBy(m => m.FileName).Take(MaxDocuments).Select(m => new { m.Key, m.FileName }).ToListAsync(cancellationToken);
        var news = await (
                from item in db.Set<ContentItem>()
                join variant in db.Set<ContentVariant>() on item.Id equals variant.ItemId
                where item.SiteId == site.Id && item.ContentTypeAlias == ContentTypeAliases.NewsArticle && variant.Culture == "uk"
                orderby item.Id descending
                select new { item.Key, variant.Name })
            .Take(MaxNews).ToListAsync(cancellationToken);

        // Keys are formatted here, not in SQL: SQLite would give them upper-case and they would not match the stored choice.
        return new PartnershipFormModel(
            site, partnership, form, saved, await PartnerCitiesAsync(cancellationToken), await OtherSitesAsync(site.Id, cancellationToken),
            [.. documents.Select(d => new Choice(d.Key.ToString(), d.FileName))], [.. news.Select(n => new Choice(n.Key.ToString(), n.Name))]);
    }

    /// <summary>The event editor's choices; a network-wide event (no site) registers with a network form only.</summary>
    public async Task<EventFormModel> EventFormAsync(SiteSummary? site, Events.NetworkEvent? networkEvent, EditForm form, bool saved, CancellationToken cancellationToken)
    {
        var siteId = site?.Id;
        var forms = await db.Set<FormDefinition>().AsNoTracking().Where(f => f.SiteId == null || f.SiteId == siteId)
            .OrderBy(f => f.Name).Select(f => new { f.Key, f.Name }).ToListAsync(cancellationToken);
        var all = (await sites.AllAsync(cancellationToken)).Select(s => new Choice(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.NameUk} ({s.NameEn})")).ToList();
        return new EventFormModel(site, networkEvent, form, saved, all, await PartnerCitiesAsync(cancellationToken), [.. forms.Select(f => new Choice(f.Key.ToString(), f.Name))]);
    }

    private async Task<List<Choice>> PartnerCitiesAsync(CancellationToken cancellationToken) =>
        (await db.Set<PartnerCity>().AsNoTracking().OrderBy(c => c.CountryCode).ThenBy(c => c.NameEn).ToListAsync(cancellationToken))
        .Select(c => new Choice(c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{c.NameEn} ({c.CountryCode}){(c.NameUk is null ? "" : " — " + c.NameUk)}")).ToList();

    private async Task<List<Choice>> OtherSitesAsync(int siteId, CancellationToken cancellationToken) =>
        (await sites.AllAsync(cancellationToken)).Where(s => s.Id != siteId)
        .Select(s => new Choice(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.NameUk} ({s.NameEn})")).ToList();
}

using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// The public side's only window on content: published variants of one site, read without tracking.
/// Every query filters by the resolved site id, so another site's pages cannot be reached through this
/// site's host whatever the path says.
/// </summary>
public sealed class PublishedContentReader(CmsDbContext db)
{
    public const int LatestNewsCount = 5;

    public async Task<PublishedPage?> FindAsync(int siteId, string culture, string urlPath, CancellationToken cancellationToken)
    {
        var row = await Published(siteId, culture)
            .Where(r => r.Variant.UrlPath == urlPath)
            .Select(r => new
            {
                r.Item.Id,
                r.Item.Key,
                r.Item.ParentId,
                r.Item.Path,
                r.Item.ContentTypeAlias,
                r.Variant.Culture,
                r.Version.Name,
                r.Variant.UrlPath,
                r.Variant.PublishedAt,
                r.Version.Values,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null || !await AncestorsPublishedAsync(siteId, culture, row.Id, row.Path, cancellationToken))
        {
            return null;
        }

        return new PublishedPage(row.Id, row.Key, row.ParentId, row.ContentTypeAlias, row.Culture, row.Name, row.UrlPath, row.PublishedAt, PropertyValues.Parse(row.Values));
    }

    /// <summary>Culture → URL path of every published variant of the item.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PublishedCulturesAsync(int siteId, int itemId, CancellationToken cancellationToken) =>
        await db.Set<ContentVariant>().AsNoTracking()
            .Where(v => v.SiteId == siteId && v.ItemId == itemId && v.State == ContentState.Published && v.PublishedVersionId != null)
            .ToDictionaryAsync(v => v.Culture, v => v.UrlPath, cancellationToken);

    public async Task<IReadOnlyList<PublishedListEntry>> LatestNewsAsync(int siteId, string culture, CancellationToken cancellationToken) =>
        await ToEntriesAsync(
            NewestFirst(WithLiveParent(Published(siteId, culture).Where(r => r.Item.ContentTypeAlias == ContentTypeAliases.NewsArticle), siteId, culture))
                .Take(LatestNewsCount),
            cancellationToken);

    public Task<int> CountNewsAsync(int siteId, string culture, int newsListId, CancellationToken cancellationToken) =>
        NewsOf(siteId, culture, newsListId).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<PublishedListEntry>> NewsPageAsync(
        int siteId, string culture, int newsListId, int skip, int take, CancellationToken cancellationToken) =>
        await ToEntriesAsync(NewestFirst(NewsOf(siteId, culture, newsListId)).Skip(skip).Take(take), cancellationToken);

    /// <summary>Item id and publication time of every live article of a news list, for its archive by month.</summary>
    public async Task<IReadOnlyList<(int ItemId, DateTimeOffset PublishedAt)>> NewsDatesAsync(
        int siteId, string culture, int newsListId, CancellationToken cancellationToken)
    {
        var rows = await NewsOf(siteId, culture, newsListId)
            .Where(r => r.Variant.PublishedAt != null)
            .Select(r => new { r.Item.Id, r.Variant.PublishedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.PublishedAt!.Value)).ToList();
    }

    /// <summary>One page of a news list limited to the given articles (a month of its archive).</summary>
    public async Task<IReadOnlyList<PublishedListEntry>> NewsPageAsync(
        int siteId, string culture, int newsListId, IReadOnlyCollection<int> itemIds, int skip, int take, CancellationToken cancellationToken) =>
        await ToEntriesAsync(NewestFirst(NewsOf(siteId, culture, newsListId).Where(r => itemIds.Contains(r.Item.Id))).Skip(skip).Take(take), cancellationToken);

    public async Task<IReadOnlyList<PublishedListEntry>> ServicesAsync(int siteId, string culture, CancellationToken cancellationToken) =>
        await ToEntriesAsync(
            WithLiveParent(Published(siteId, culture).Where(r => r.Item.ContentTypeAlias == ContentTypeAliases.Service), siteId, culture)
                .OrderBy(r => r.Item.Level).ThenBy(r => r.Item.SortOrder).ThenBy(r => r.Item.Id),
            cancellationToken);

    /// <summary>The site's first published news list in the culture, for "all news" links.</summary>
    public Task<string?> NewsListPathAsync(int siteId, string culture, CancellationToken cancellationToken) =>
        Published(siteId, culture).Where(r => r.Item.ContentTypeAlias == ContentTypeAliases.NewsList)
            .OrderBy(r => r.Item.Level).ThenBy(r => r.Item.SortOrder).ThenBy(r => r.Item.Id)
            .Select(r => r.Variant.UrlPath).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Top-level pages and news lists below the home page, in the editors' order.</summary>
    public async Task<IReadOnlyList<PublishedListEntry>> MenuAsync(int siteId, string culture, CancellationToken cancellationToken) =>
        await ToEntriesAsync(
            WithLiveParent(
                    Published(siteId, culture).Where(r => r.Item.Level == 2
                        && (r.Item.ContentTypeAlias == ContentTypeAliases.Page || r.Item.ContentTypeAlias == ContentTypeAliases.NewsList)),
                    siteId,
                    culture)
                .OrderBy(r => r.Item.SortOrder).ThenBy(r => r.Item.Id),
            cancellationToken);

    /// <summary>As in Umbraco, unpublishing an item hides everything below it: every ancestor must be live in the culture.</summary>
    private async Task<bool> AncestorsPublishedAsync(int siteId, string culture, int itemId, string path, CancellationToken cancellationToken)
    {
        var ancestors = path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => int.TryParse(segment, out var id) ? id : 0)
            .Where(id => id != 0 && id != itemId)
            .Distinct()
            .ToList();
        if (ancestors.Count == 0)
        {
            return true;
        }

        var live = await Published(siteId, culture).CountAsync(r => ancestors.Contains(r.Item.Id), cancellationToken);
        return live == ancestors.Count;
    }

    /// <summary>Lists show an item only while its parent is live too (a cheap, one-level form of the ancestor rule).</summary>
    private IQueryable<PublishedRow> WithLiveParent(IQueryable<PublishedRow> rows, int siteId, string culture)
    {
        var liveParents = Published(siteId, culture).Select(p => (int?)p.Item.Id);
        return rows.Where(r => liveParents.Contains(r.Item.ParentId));
    }

    private IQueryable<PublishedRow> NewsOf(int siteId, string culture, int newsListId) =>
        Published(siteId, culture).Where(r => r.Item.ParentId == newsListId && r.Item.ContentTypeAlias == ContentTypeAliases.NewsArticle);

    private static IOrderedQueryable<PublishedRow> NewestFirst(IQueryable<PublishedRow> rows) =>
        rows.OrderByDescending(r => r.Variant.PublishedAt).ThenByDescending(r => r.Item.Id);

    private static async Task<IReadOnlyList<PublishedListEntry>> ToEntriesAsync(IQueryable<PublishedRow> rows, CancellationToken cancellationToken)
    {
        var list = await rows.Select(r => new { r.Version.Name, r.Variant.UrlPath, r.Variant.PublishedAt, r.Version.Values }).ToListAsync(cancellationToken);
        return list.Select(r => new PublishedListEntry(r.Name, r.UrlPath, r.PublishedAt, PropertyValues.Parse(r.Values).Text("summary"))).ToList();
    }

    /// <summary>The one place that decides what is public: this site, this culture, published with a live version, not trashed.</summary>
    private IQueryable<PublishedRow> Published(int siteId, string culture) =>
        from variant in db.Set<ContentVariant>().AsNoTracking()
        join item in db.Set<ContentItem>().AsNoTracking() on variant.ItemId equals item.Id
        join version in db.Set<ContentVersion>().AsNoTracking() on variant.PublishedVersionId equals (long?)version.Id
        where variant.SiteId == siteId && item.SiteId == siteId && variant.Culture == culture
              && variant.State == ContentState.Published && variant.PublishedVersionId != null && !item.Trashed
        select new PublishedRow { Variant = variant, Item = item, Version = version };

    // Member-init (not a constructor) so EF Core can translate filters and projections on its members.
    private sealed class PublishedRow
    {
        public required ContentVariant Variant { get; init; }

        public required ContentItem Item { get; init; }

        public required ContentVersion Version { get; init; }
    }
}

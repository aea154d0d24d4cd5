using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite;

namespace SisterCities.Cms.Findable;

/// <summary>
/// Every public URL of one site, for the sitemap and the feeds. Applies the same rule as
/// <see cref="PublishedContentReader"/>: published with a live version, not trashed, and every ancestor
/// published in the same culture (checked in memory, one query for the whole site).
/// </summary>
public sealed class PublishedUrlReader(CmsDbContext db)
{
    public async Task<IReadOnlyList<PublishedUrl>> AllAsync(int siteId, CancellationToken cancellationToken)
    {
        var rows = await (
                from variant in db.Set<ContentVariant>().AsNoTracking()
                join item in db.Set<ContentItem>().AsNoTracking() on variant.ItemId equals item.Id
                where variant.SiteId == siteId && item.SiteId == siteId && variant.State == ContentState.Published
                      && variant.PublishedVersionId != null && !item.Trashed
                select new
                {
                    item.Id,
                    item.Path,
                    item.ContentTypeAlias,
                    item.Level,
                    item.SortOrder,
                    variant.Culture,
                    variant.Name,
                    variant.UrlPath,
                    variant.PublishedAt,
                    variant.UpdateDate,
                    VersionId = variant.PublishedVersionId!.Value,
                })
            .ToListAsync(cancellationToken);
        var live = rows.Select(r => (r.Id, r.Culture)).ToHashSet();
        return rows
            .Where(r => Ancestors(r.Path, r.Id).All(a => live.Contains((a, r.Culture))))
            .OrderBy(r => r.Level).ThenBy(r => r.SortOrder).ThenBy(r => r.Id).ThenBy(r => r.Culture, StringComparer.Ordinal)
            .Select(r => new PublishedUrl(r.Id, r.ContentTypeAlias, r.Culture, r.Name, r.UrlPath, r.PublishedAt, r.UpdateDate, r.VersionId))
            .ToList();
    }

    /// <summary>The live versions' property values, for the few items a feed shows.</summary>
    public async Task<IReadOnlyDictionary<long, PropertyValues>> ValuesAsync(IReadOnlyCollection<long> versionIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ContentVersion>().AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Values })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => PropertyValues.Parse(r.Values));
    }

    private static IEnumerable<int> Ancestors(string path, int itemId) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(segment => int.TryParse(segment, out var id) ? id : 0)
            .Where(id => id != 0 && id != itemId);
}

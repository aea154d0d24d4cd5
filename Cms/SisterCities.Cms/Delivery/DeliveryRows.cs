using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// The base query of the API: items joined with their variant in one culture and the one version the caller
/// may see. Published reads join <c>PublishedVersionId</c>, so a draft is never visible without preview.
/// </summary>
internal static class DeliveryRows
{
    public static IQueryable<DeliveryRow> For(CmsDbContext db, string culture, bool preview)
    {
        var items = db.Set<ContentItem>().AsNoTracking().Where(i => !i.Trashed);
        var variants = db.Set<ContentVariant>().AsNoTracking().Where(v => v.Culture == culture);
        var versions = db.Set<ContentVersion>().AsNoTracking();
        return preview
            ? from i in items
              join v in variants on i.Id equals v.ItemId
              join ver in versions on v.DraftVersionId equals (long?)ver.Id
              select new DeliveryRow
              {
                  Id = i.Id,
                  Key = i.Key,
                  SiteId = i.SiteId,
                  ParentId = i.ParentId,
                  ContentType = i.ContentTypeAlias,
                  SortOrder = i.SortOrder,
                  Path = i.Path,
                  Level = i.Level,
                  CreateDate = i.CreateDate,
                  UpdateDate = v.UpdateDate,
                  Name = ver.Name,
                  UrlPath = v.UrlPath,
                  Values = ver.Values,
              }
            : from i in items
              join v in variants on i.Id equals v.ItemId
              join ver in versions on v.PublishedVersionId equals (long?)ver.Id
              select new DeliveryRow
              {
                  Id = i.Id,
                  Key = i.Key,
                  SiteId = i.SiteId,
                  ParentId = i.ParentId,
                  ContentType = i.ContentTypeAlias,
                  SortOrder = i.SortOrder,
                  Path = i.Path,
                  Level = i.Level,
                  CreateDate = i.CreateDate,
                  UpdateDate = v.PublishedAt ?? ver.CreatedAt,
                  Name = ver.Name,
                  UrlPath = v.UrlPath,
                  Values = ver.Values,
              };
    }

    /// <summary>Every culture in which each of <paramref name="itemIds"/> is visible, with its path.</summary>
    public static async Task<ILookup<int, (string Culture, string UrlPath)>> CulturesAsync(
        CmsDbContext db, IReadOnlyCollection<int> itemIds, bool preview, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ContentVariant>().AsNoTracking()
            .Where(v => itemIds.Contains(v.ItemId) && (preview ? v.DraftVersionId != null : v.PublishedVersionId != null))
            .OrderBy(v => v.Culture)
            .Select(v => new { v.ItemId, v.Culture, v.UrlPath })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ItemId, r => (r.Culture, r.UrlPath));
    }
}

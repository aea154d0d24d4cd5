using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>Looks up attached media keys for the portal's pages, in the order they are attached.</summary>
public sealed class PortalImages(CmsDbContext db)
{
    public async Task<IReadOnlyList<PortalImage>> ForAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var items = await db.Set<MediaItem>().AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync(cancellationToken);
        return keys.Select(k => items.FirstOrDefault(i => i.Key == k)).OfType<MediaItem>()
            .Select(i => new PortalImage(i.Key, MediaUrls.OriginalPath(i), i.FileName, i.AltUk ?? i.AltEn)).ToList();
    }
}

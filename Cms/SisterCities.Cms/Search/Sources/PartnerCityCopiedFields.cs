using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;

namespace SisterCities.Cms.Search.Sources;

/// <summary>What partnership and event documents copy of a partner city: its names, country and region.</summary>
public sealed class PartnerCityCopiedFields(CmsDbContext db) : ISearchCopiedEntity
{
    public string Entity => PartnerCity.FeedEntityName;

    public async Task<string?> CopiedFieldsAsync(string entityId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(entityId, out var key))
        {
            return null;
        }

        var city = await db.Set<PartnerCity>().AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        return city is null ? null : string.Join('\n', city.NameNative, city.NameEn, city.NameUk, city.CountryCode, city.Region);
    }
}

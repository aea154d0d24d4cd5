using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Matchmaking;

namespace SisterCities.Cms.Catalog;

/// <summary>The KVED divisions of each site's verified businesses, for partner matchmaking ("both list food processing").</summary>
internal sealed class CatalogActivityProfile(CmsDbContext db, KvedClassification kved) : ISiteActivityProfile
{
    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, Sector>>> SectorsBySiteAsync(CancellationToken cancellationToken)
    {
        var rows = await (
                from activity in db.Set<BusinessActivity>()
                join business in db.Set<Business>() on activity.BusinessId equals business.Id
                where business.State == VerificationState.Verified && business.SiteId != null
                select new { SiteId = business.SiteId!.Value, activity.Division })
            .Distinct()
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.SiteId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, Sector>)g.ToDictionary(r => r.Division, r => kved.Find(r.Division) is { } e ? new Sector(e.NameEn, e.NameUk) : new Sector(r.Division, r.Division), StringComparer.Ordinal));
    }
}

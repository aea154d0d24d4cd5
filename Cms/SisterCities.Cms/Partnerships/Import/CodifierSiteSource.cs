using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Sites.Import;

namespace SisterCities.Cms.Partnerships.Import;

/// <summary>
/// Adds a twinned Ukrainian city that is not yet in the network as a site, planned from the shipped
/// codifier exactly as <c>sites import</c> would (same key, names and codes), so a later full import finds it.
/// </summary>
internal sealed class CodifierSiteSource(CmsDbContext db, SiteImporter importer) : IMissingSiteSource
{
    private IReadOnlyList<PlannedSite>? _plan;

    public async Task<Site?> CreateSiteAsync(string cityUk, string oblastEn, CancellationToken cancellationToken)
    {
        if (_plan is null)
        {
            await using var stream = File.OpenRead(OpenDataFiles.Katottg);
            (_plan, _) = await SiteImporter.PlanAsync(stream, cancellationToken);
        }

        var named = _plan.Where(p => TwinTownImport.SameName(p.NameUk, cityUk)).ToList();
        var plan = named.Count == 1
            ? named[0]
            : named.FirstOrDefault(p => TwinTownImport.OblastMatches(new TwinTownImport.SiteRef(0, p.NameUk, p.OblastNameUk, p.OblastNameEn), oblastEn));
        if (plan is null)
        {
            return null;
        }

        await importer.ApplyAsync([plan], new SiteImportReport(), cancellationToken);
        return await db.Set<Site>().AsNoTracking().SingleAsync(s => s.KatottgCode == plan.KatottgCode, cancellationToken);
    }
}

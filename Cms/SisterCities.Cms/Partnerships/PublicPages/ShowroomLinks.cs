using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>
/// The public showroom page of a verified business, from pages that are not a catalog page (an offer's answer page,
/// the hub's "looking for partners" list, the business portal). A business of a network municipality is shown on that
/// city's site (a city site only shows its own businesses); a foreign business on the network hub's catalog.
/// </summary>
public sealed class ShowroomLinks(CmsDbContext db, SiteDirectory sites, IOptions<CmsOptions> options, IConfiguration configuration)
{
    /// <summary>The name and showroom address of a verified business; null when the business is not public.</summary>
    public async Task<ShowroomLink?> FindAsync(HttpContext http, Guid businessId, string culture, CancellationToken cancellationToken) =>
        (await FindManyAsync(http, [businessId], culture, cancellationToken)).GetValueOrDefault(businessId);

    /// <summary>As <see cref="FindAsync"/> for several businesses in one query; businesses that are not public are left out.</summary>
    public async Task<Dictionary<Guid, ShowroomLink>> FindManyAsync(HttpContext http, IReadOnlyCollection<Guid> businessIds, string culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var links = new Dictionary<Guid, ShowroomLink>();
        if (businessIds.Count == 0)
        {
            return links;
        }

        var businesses = await db.Set<Business>().AsNoTracking()
            .Where(b => businessIds.Contains(b.Id) && b.State == VerificationState.Verified)
            .Select(b => new { b.Id, b.DisplayName, b.SiteId })
            .ToListAsync(cancellationToken);
        foreach (var business in businesses)
        {
            var site = business.SiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
            links[business.Id] = new ShowroomLink(business.DisplayName, Url(http.Request, site, business.Id, business.DisplayName, culture));
        }

        return links;
    }

    /// <summary>The address, or null when there is none to give (a foreign business and no hub address configured).</summary>
    public string? Url(HttpRequest request, SiteSummary? site, Guid businessId, string displayName, string culture)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = CatalogPaths.Business(businessId, displayName);
        if (site is not null && NetworkLanding.SiteUrlFor(request, site, options.Value.AllowSitePathPrefix) is { } root)
        {
            var prefix = site.HasCulture(culture) && culture != site.DefaultCulture ? "/" + culture : "";
            return root.TrimEnd('/') + prefix + path;
        }

        return NetworkHubLinks.Url(request, options.Value.AllowSitePathPrefix, configuration, culture, path);
    }
}

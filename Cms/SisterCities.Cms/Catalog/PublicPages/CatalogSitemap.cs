using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Findable;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>The site's showrooms and project pages in its <c>sitemap.xml</c>: the same rule as the pages (verified, open or funded, this city's).</summary>
internal sealed class CatalogSitemap(PublicCatalog catalog) : ISitemapSource
{
    public async Task<IReadOnlyList<SitemapPath>> PathsAsync(SiteSummary site, CancellationToken cancellationToken)
    {
        var businesses = await catalog.VisibleBusinesses().Where(b => b.SiteId == site.Id)
            .OrderBy(b => b.DisplayName).Select(b => new { b.Id, b.DisplayName, b.UpdatedAt }).ToListAsync(cancellationToken);
        var projects = await catalog.ProjectsOfSite(catalog.VisibleProjects(), site.Id)
            .OrderBy(p => p.CreatedAt).Select(p => new { p.Id, p.UpdatedAt }).ToListAsync(cancellationToken);
        var paths = businesses.Select(b => new SitemapPath(CatalogPaths.Business(b.Id, b.DisplayName), b.UpdatedAt)).ToList();
        paths.AddRange(projects.Select(p => new SitemapPath(
            CatalogPaths.Project(p.Id), p.UpdatedAt)));
        return paths;
    }
}

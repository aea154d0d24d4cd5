using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.SitePages;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>"Local businesses and projects" on a city's home page: a few of each; left out when the city has none.</summary>
internal sealed class CatalogHomeBlock(PublicCatalog catalog, CatalogListBuilder lists) : IHomeBlockSource
{
    private const int Shown = 4;

    public int Order => 10;

    public async Task<HomeBlock?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var (site, culture) = (request.Site, request.Culture);
        var businesses = await catalog.BusinessesAsync(new BusinessFilter(null, null, null, site.Id, null, null, 0, Shown), culture, cancellationToken);
        var projects = await catalog.ProjectsAsync(new ProjectFilter(null, site.Id, null, 0, Shown), culture, cancellationToken);
        if (businesses.Total == 0 && projects.Total == 0)
        {
            return null;
        }

        var scope = new CatalogScope(site, culture, request.Theme, request.Links.Home(culture), p => request.Links.Path(culture, p), request.Http);
        var words = new CatalogWords(culture);
        var links = businesses.Items
            .Select(b => new ContentLink(b.DisplayName, scope.Href(CatalogPaths.Business(b.Id, b.DisplayName)), null, b.Tagline))
            .Concat(projects.Items.Select(p => lists.Card(scope, p)).Select(p => new ContentLink(p.Title, p.Url, null, string.Join(" · ", new[] { words.Projects, p.Amount }.OfType<string>()))))
            .ToList();
        return new HomeBlock("local-businesses", words.LocalBusinesses, links, words.AllBusinesses, scope.Href(CatalogPaths.Root));
    }
}

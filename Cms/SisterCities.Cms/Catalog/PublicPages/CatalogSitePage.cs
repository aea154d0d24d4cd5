using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary><c>/catalog</c> on every city site: the city's own verified businesses and projects, with a link to the whole network.</summary>
internal sealed class CatalogSitePage(CatalogPageRouter router, IOptions<CmsOptions> options, Microsoft.Extensions.Configuration.IConfiguration configuration) : ISitePage
{
    public string UrlPath => CatalogPaths.Root;

    public string ViewName => ThemeViewNames.CatalogList;

    public string Title(string culture) => new CatalogWords(culture).Businesses;

    public bool Handles(string urlPath) => CatalogPageRouter.Handles(urlPath);

    public Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var urlPath = PathOf(request);
        var scope = new CatalogScope(request.Site, request.Culture, request.Theme, request.Links.Home(request.Culture), p => request.Links.Path(request.Culture, p), request.Http);
        var hub = NetworkHubLinks.Url(request.Http.Request, options.Value.AllowSitePathPrefix, configuration, request.Culture, CatalogPaths.Root);
        return router.BuildAsync(scope, urlPath, hub, cancellationToken);
    }

    /// <summary>The path below the culture root, as the renderer matched it.</summary>
    internal static string PathOf(SitePageRequest request)
    {
        var parsed = PublicSite.PublicPath.Parse(request.Http.Request.Path.Value, request.Site.Cultures, request.Site.DefaultCulture);
        return parsed?.UrlPath ?? CatalogPaths.Root;
    }
}

using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary><c>/catalog</c> on the network hub: every verified business and public project of the network.</summary>
internal sealed class CatalogNetworkPage(CatalogPageRouter router) : INetworkPage
{
    public string UrlPath => CatalogPaths.Root;

    public string ViewName => ThemeViewNames.CatalogList;

    public string Title(string culture) => new CatalogWords(culture).Businesses;

    public bool Handles(string urlPath) => CatalogPageRouter.Handles(urlPath);

    public Task<PublicPageModel?> BuildAsync(NetworkPageRequest request, CancellationToken cancellationToken)
    {
        var parsed = PublicSite.PublicPath.Parse(request.Http.Request.Path.Value, NetworkLanding.Cultures, NetworkLanding.Cultures[0]);
        var prefix = request.Culture == NetworkLanding.Cultures[0] ? "" : "/" + request.Culture;
        var pathBase = request.Http.Request.PathBase;
        var scope = new CatalogScope(null, request.Culture, request.Theme, request.HomeUrl, p => pathBase.Add(new Microsoft.AspNetCore.Http.PathString(prefix + p)).ToUriComponent(), request.Http);
        return router.BuildAsync(scope, parsed?.UrlPath ?? CatalogPaths.Root, null, cancellationToken);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// A link from a city site to a page of the network hub. The hub answers on any host no city claims: on a
/// localhost-like host that is <c>localhost</c> itself; with the development <c>/s/{key}</c> prefix, the same host
/// without it; in production the address in <c>Catalog:NetworkHubUrl</c> (no link when it is not set).
/// </summary>
public static class NetworkHubLinks
{
    public const string HubUrlKey = "Catalog:NetworkHubUrl";

    public static string? Url(HttpRequest request, bool allowSitePathPrefix, IConfiguration configuration, string culture, string urlPath)
    {
        var path = (culture == NetworkLanding.Cultures[0] ? "" : "/" + culture) + urlPath;
        if (NetworkLanding.IsLocalhostLike(request.Host.Host))
        {
            var port = request.Host.Port is { } p ? ":" + p : "";
            return $"{request.Scheme}://localhost{port}{path}";
        }

        if (allowSitePathPrefix && request.PathBase.StartsWithSegments(SiteResolutionMiddleware.PathPrefix))
        {
            return path;
        }

        return configuration[HubUrlKey] is { Length: > 0 } hub ? hub.TrimEnd('/') + path : null;
    }
}

using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// URLs inside one site for one request: the default culture has no prefix (<c>/news</c>), others do
/// (<c>/en/news</c>), and the request's PathBase (the <c>/s/{key}</c> prefix in development) is kept.
/// </summary>
public sealed class SiteLinks(HttpRequest request, SiteSummary site)
{
    public string Path(string culture, string urlPath)
    {
        var prefix = culture == site.DefaultCulture ? "" : "/" + culture;
        var path = urlPath == "/" ? (prefix.Length == 0 ? "/" : prefix + "/") : prefix + urlPath;
        return request.PathBase.Add(new PathString(path)).ToUriComponent();
    }

    public string Absolute(string culture, string urlPath) => $"{request.Scheme}://{request.Host.ToUriComponent()}{Path(culture, urlPath)}";

    public string Home(string culture) => Path(culture, "/");
}

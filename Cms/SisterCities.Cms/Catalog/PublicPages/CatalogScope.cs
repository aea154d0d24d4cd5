using Microsoft.AspNetCore.Http;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// Where a catalog page is shown: a city site (its own businesses and projects) or the network hub (<see cref="Site"/>
/// null: all of them). <see cref="Href"/> turns a path below the culture root into this request's link.
/// </summary>
public sealed record CatalogScope(SiteSummary? Site, string Culture, PublicTheme Theme, string HomeUrl, Func<string, string> Href, HttpContext Http)
{
    /// <summary>An absolute URL of a path of this scope, for JSON-LD.</summary>
    public string Absolute(string urlPath) => $"{Http.Request.Scheme}://{Http.Request.Host.ToUriComponent()}{Href(urlPath)}";
}

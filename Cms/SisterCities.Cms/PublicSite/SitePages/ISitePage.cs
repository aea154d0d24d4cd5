using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite.SitePages;

/// <summary>
/// A page every site has that is not content but a view of a feature (sister cities, events, the catalog).
/// Features register one; the public renderer serves it at <see cref="UrlPath"/> in every culture of a site,
/// through the site's theme, and lists it in the menu. Content at the same path wins.
/// </summary>
public interface ISitePage
{
    /// <summary>The path below the culture root, e.g. <c>/sister-cities</c>.</summary>
    string UrlPath { get; }

    /// <summary>One of the theme's views (see <see cref="ThemeViewNames"/>).</summary>
    string ViewName { get; }

    string Title(string culture);

    /// <summary>False for pages linked from the footer instead of the menu (accessibility statement, privacy).</summary>
    bool InMenu => true;

    /// <summary>False for pages search engines should not list (the search page itself).</summary>
    bool InSitemap => true;

    /// <summary>
    /// True for the paths this page answers: by default only <see cref="UrlPath"/>; a page with sub-pages
    /// (<c>/catalog/{slug}</c>) claims them too and reads the rest of the path from the request.
    /// </summary>
    bool Handles(string urlPath) => urlPath == UrlPath;

    /// <summary>Builds the model; the renderer fills in the layout's links. Null renders the theme's 404.</summary>
    Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken);
}

/// <summary>What a site page needs to build its model.</summary>
public sealed record SitePageRequest(SiteSummary Site, string Culture, PublicTheme Theme, SiteLinks Links, Microsoft.AspNetCore.Http.HttpContext Http);

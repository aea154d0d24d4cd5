using Microsoft.AspNetCore.Http;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.PublicSite.SitePages;

/// <summary>
/// A page of the network hub (a host no city claims, beside the landing page): e.g. the directory of every
/// partnership. Rendered through the default theme at <see cref="UrlPath"/> in Ukrainian and English, and listed
/// (by <see cref="Title"/>, in registration order) in the hub's menu bar on every hub page.
/// </summary>
public interface INetworkPage
{
    string UrlPath { get; }

    string ViewName { get; }

    /// <summary>The page's name in the hub's menu bar and its heading.</summary>
    string Title(string culture);

    /// <summary>False for a hub page that should not be listed in the hub's menu bar.</summary>
    bool InMenu => true;

    /// <summary>True for the paths this page answers (see <see cref="ISitePage.Handles"/>).</summary>
    bool Handles(string urlPath) => urlPath == UrlPath;

    Task<PublicPageModel?> BuildAsync(NetworkPageRequest request, CancellationToken cancellationToken);
}

public sealed record NetworkPageRequest(string Culture, PublicTheme Theme, string HomeUrl, string SelfUrl, HttpContext Http);

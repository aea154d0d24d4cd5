using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite.Landing;

/// <summary>
/// The page for a request no site claims (an unknown host, or <c>localhost</c> itself): the list of cities,
/// each linked to where it can be reached from this request. Never shows a city's content.
/// </summary>
public sealed class NetworkLanding(SiteDirectory directory, ThemeRegistry themes, IOptions<CmsOptions> options, IEnumerable<SitePages.INetworkPage> networkPages)
{
    public static readonly IReadOnlyList<string> Cultures = ["uk", "en"];

    public async Task<IResult> RenderAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var theme = themes.Default;
        var path = PublicPath.Parse(http.Request.Path.Value, Cultures, Cultures[0]);
        if (path is not null && !path.RedirectToUnprefixed && networkPages.FirstOrDefault(p => p.Handles(path.UrlPath)) is { } networkPage)
        {
            return await NetworkPageAsync(http, networkPage, path.Culture, path.UrlPath, cancellationToken);
        }

        if (path is null || path.UrlPath != "/")
        {
            return NotFound(http, path?.Culture ?? Cultures[0]);
        }

        if (path.RedirectToUnprefixed)
        {
            return Results.Redirect(http.Request.PathBase + "/" + http.Request.QueryString, permanent: true);
        }

        var query = http.Request.Query["q"].ToString();
        var culture = path.Culture;
        var sites = await directory.AllAsync(cancellationToken);
        var cities = sites
            .Select(s =>
            {
                var search = CityNameMatcher.SearchTextFor(s);
                return new LandingCity(
                    s.NameIn(culture), s.NameIn(culture == "uk" ? "en" : "uk"), s.OblastIn(culture), SiteUrl(http.Request, s), search,
                    CityNameMatcher.Matches(search, query));
            })
            .OrderBy(c => c.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(culture == "uk" ? "uk-UA" : "en-GB"), true))
            .ToList();
        var model = new LandingModel
        {
            Theme = theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = PublicPageModel.NetworkName,
            HomeUrl = HomeOf(http.Request, culture),
            CurrentUrl = HomeOf(http.Request, culture),
            CanonicalUrl = $"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{HomeOf(http.Request, culture)}",
            Alternates = Alternates(http.Request),
            Languages = Cultures.Select(c => new AlternateLink(c, UiText.LanguageName(c), HomeOf(http.Request, c), c == culture)).ToList(),
            Query = string.IsNullOrWhiteSpace(query) ? null : query.Trim(),
            Cities = cities,
            Menu = HubMenu(http.Request, culture),
        };
        return new ThemeViewResult(theme.View(ThemeViewNames.Landing), model);
    }

    private async Task<IResult> NetworkPageAsync(HttpContext http, SitePages.INetworkPage page, string culture, string urlPath, CancellationToken cancellationToken)
    {
        var self = UrlOf(http.Request, culture, urlPath);
        var model = await page.BuildAsync(new SitePages.NetworkPageRequest(culture, themes.Default, HomeOf(http.Request, culture), self, http), cancellationToken);
        if (model is null)
        {
            return NotFound(http, culture);
        }

        model.CanonicalUrl = $"{http.Request.Scheme}://{http.Request.Host.ToUriComponent()}{self}";
        model.CurrentUrl = self;
        model.Menu = HubMenu(http.Request, culture);
        model.Languages = Cultures.Select(c => new AlternateLink(
            c, UiText.LanguageName(c), UrlOf(http.Request, c, urlPath), c == culture)).ToList();
        return new ThemeViewResult(themes.Default.View(model.ViewName ?? page.ViewName), model, model.StatusCode);
    }

    public IResult NotFound(HttpContext http, string culture)
    {
        var text = UiText.For(culture);
        var model = new StatusPageModel
        {
            Theme = themes.Default,
            Culture = culture,
            Text = text,
            Title = text.NotFoundTitle,
            Message = text.NotFoundText,
            HomeUrl = HomeOf(http.Request, culture),
            Menu = HubMenu(http.Request, culture),
        };
        return new ThemeViewResult(themes.Default.View(ThemeViewNames.NotFound), model, StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// On a localhost-like host, <c>{key}.localhost</c> reaches the site with no DNS set-up (browsers resolve
    /// every <c>*.localhost</c> to the machine); else the development path prefix; else the site's first hostname.
    /// </summary>
    public string? SiteUrl(HttpRequest request, SiteSummary site) => SiteUrlFor(request, site, options.Value.AllowSitePathPrefix);

    /// <inheritdoc cref="SiteUrl"/>
    public static string? SiteUrlFor(HttpRequest request, SiteSummary site, bool allowSitePathPrefix)
    {
        var host = request.Host.Host;
        if (IsLocalhostLike(host))
        {
            var port = request.Host.Port is { } p ? ":" + p : "";
            return $"{request.Scheme}://{site.Key}.localhost{port}/";
        }

        if (allowSitePathPrefix)
        {
            return request.PathBase.Add(new PathString($"{SiteResolutionMiddleware.PathPrefix}/{site.Key}/")).ToUriComponent();
        }

        return site.Hostnames.Count > 0 ? $"{request.Scheme}://{site.Hostnames[0]}/" : null;
    }

    public static bool IsLocalhostLike(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    /// <summary>
    /// The hub's menu bar: every registered network page, in registration order (the layout puts the landing
    /// page first as "home"), so a feature adding an <see cref="SitePages.INetworkPage"/> is listed with no other change.
    /// </summary>
    internal List<ContentLink> HubMenu(HttpRequest request, string culture) =>
        networkPages.Where(p => p.InMenu)
            .Select(p => new ContentLink(p.Title(culture), UrlOf(request, culture, p.UrlPath), null, null))
            .ToList();

    /// <summary>A hub path in <paramref name="culture"/>: the first culture has no prefix, the others "/{culture}".</summary>
    private static string UrlOf(HttpRequest request, string culture, string urlPath) =>
        request.PathBase.Add(new PathString((culture == Cultures[0] ? "" : "/" + culture) + urlPath)).ToUriComponent();

    internal static string HomeOf(HttpRequest request, string culture) =>
        request.PathBase.Add(new PathString(culture == Cultures[0] ? "/" : "/" + culture + "/")).ToUriComponent();

    private static List<AlternateLink> Alternates(HttpRequest request)
    {
        var origin = $"{request.Scheme}://{request.Host.ToUriComponent()}";
        var links = Cultures.Select(c => new AlternateLink(c, UiText.LanguageName(c), origin + HomeOf(request, c), false)).ToList();
        links.Add(new AlternateLink("x-default", "", origin + HomeOf(request, Cultures[0]), false));
        return links;
    }
}

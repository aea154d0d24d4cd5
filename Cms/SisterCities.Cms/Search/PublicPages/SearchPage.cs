using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search.PublicPages;

/// <summary>
/// <c>/search</c> on every city site, a GET form that works without JavaScript. Scoped to the city by default
/// (<c>?all=1</c> searches the network); same validation and engine as <c>/api/v1/search</c>.
/// </summary>
internal sealed class SearchPage(SearchService search, SiteDirectory directory, IOptions<CmsOptions> options, IConfiguration configuration) : ISitePage
{
    public string UrlPath => "/search";

    public string ViewName => ThemeViewNames.Search;

    public string Title(string culture) => culture == "uk" ? "Пошук" : "Search";

    public bool InSitemap => false;

    public async Task<PublicPageModel?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken)
    {
        var (site, culture, http) = (request.Site, request.Culture, request.Http);
        var query = http.Request.Query["q"].ToString().Trim();
        var all = http.Request.Query["all"] == "1";
        var page = int.TryParse(http.Request.Query["page"], out var p) ? p : 1;
        var words = Words(culture);
        var self = request.Links.Path(culture, UrlPath);
        string Url(string q, bool everywhere, int pageNumber) =>
            self + QueryString.Create(new Dictionary<string, string?>
            {
                ["q"] = q,
                ["all"] = everywhere ? "1" : null,
                ["page"] = pageNumber > 1 ? pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            }.Where(kv => kv.Value is not null));

        SearchResponse? response = null;
        string? problem = null;
        if (query.Length > 0)
        {
            var searchRequest = new SearchRequest(query, all ? null : site.Key, Page: page);
            var errors = SearchRequestValidation.Validate(searchRequest);
            if (errors.Count > 0)
            {
                problem = string.Join(" ", errors.SelectMany(e => e.Value));
            }
            else
            {
                try
                {
                    response = await search.SearchAsync(searchRequest, cancellationToken);
                }
                catch (SearchBusyException)
                {
                    problem = culture == "uk" ? "Пошук зараз перевантажений; спробуйте ще раз за мить." : "Search is busy; please try again in a moment.";
                }
            }
        }

        var results = new List<SearchResultLink>();
        foreach (var hit in response?.Hits ?? [])
        {
            results.Add(new SearchResultLink(
                await LinkAsync(http.Request, site, hit, cancellationToken), hit.TitleHtml, hit.SnippetHtml, hit.SiteName, TypeLabel(hit.Type, culture), hit.Date));
        }

        return new SearchPageModel
        {
            Theme = request.Theme,
            Culture = culture,
            Text = UiText.For(culture),
            Title = Title(culture),
            HomeUrl = request.Links.Home(culture),
            Query = query,
            AllSites = all,
            Response = response,
            Problem = problem,
            Results = results,
            ThisSiteUrl = Url(query, false, 1),
            AllSitesUrl = Url(query, true, 1),
            DidYouMeanUrl = response?.DidYouMean is { } suggestion ? Url(suggestion, all, 1) : null,
            PageUrl = n => Url(query, all, n),
            Words = words,
        };
    }

    /// <summary>This city's hits stay on this host; another city's hits go to that city's own site.</summary>
    private async Task<string> LinkAsync(HttpRequest request, SiteSummary current, SearchHit hit, CancellationToken cancellationToken)
    {
        if (hit.SiteKey == current.Key)
        {
            return request.PathBase.Add(new PathString(hit.Url)).ToUriComponent();
        }

        // A hit with no site (a foreign business, a network-wide event) lives on the network hub.
        var other = hit.SiteKey.Length == 0 ? null : await directory.FindByKeyAsync(hit.SiteKey, cancellationToken);
        if (other is null)
        {
            return NetworkHubLinks.Url(request, options.Value.AllowSitePathPrefix, configuration, NetworkLanding.Cultures[0], hit.Url) ?? hit.Url;
        }

        var port = request.Host.Port is { } number ? ":" + number : "";
        if (NetworkLanding.IsLocalhostLike(request.Host.Host))
        {
            return $"{request.Scheme}://{other.Key}.localhost{port}{hit.Url}";
        }

        if (options.Value.AllowSitePathPrefix && request.PathBase.StartsWithSegments(SiteResolutionMiddleware.PathPrefix))
        {
            return $"{SiteResolutionMiddleware.PathPrefix}/{other.Key}{hit.Url}";
        }

        return other.Hostnames.Count > 0 ? $"{request.Scheme}://{other.Hostnames[0]}{hit.Url}" : hit.Url;
    }

    private static string TypeLabel(string type, string culture) => (type, culture == "uk") switch
    {
        ("newsArticle", true) => "Новина",
        ("newsArticle", false) => "News",
        ("service", true) => "Послуга",
        ("service", false) => "Service",
        ("event", true) => "Подія",
        ("event", false) => "Event",
        ("home", true) => "Громада",
        ("home", false) => "Municipality",
        (_, true) => "Сторінка",
        _ => "Page",
    };

    private static SearchPageText Words(string culture) => culture == "uk"
        ? new("Що шукаєте?", "Шукати", "У цій громаді", "У всіх громадах мережі", "Знайдено: {0}", "Нічого не знайдено.", "Можливо, ви мали на увазі", "Пошуковий індекс оновлюється, результати можуть бути неповні.", "Попередня", "Наступна")
        : new("What are you looking for?", "Search", "In this municipality", "In every municipality of the network", "Found: {0}", "Nothing found.", "Did you mean", "The search index is being rebuilt; results may be incomplete.", "Previous", "Next");
}

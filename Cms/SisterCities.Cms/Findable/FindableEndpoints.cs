using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SisterCities.Cms.Content;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Findable;

/// <summary>
/// sitemap.xml, robots.txt and the news feeds of the site the request resolved to (see docs/seo.md).
/// Mapped before the public catch-all, so these paths never render as content.
/// </summary>
public static class FindableEndpoints
{
    public const string RssFile = "feed.rss";
    public const string AtomFile = "feed.atom";

    /// <summary>Crawlers and feed readers also ask with HEAD; Kestrel drops the body.</summary>
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapFindable(this WebApplication app)
    {
        app.MapMethods("/sitemap.xml", GetOrHead, SitemapAsync).ExcludeFromDescription();
        app.MapMethods("/robots.txt", GetOrHead, Robots).ExcludeFromDescription();
        app.MapMethods("/" + RssFile, GetOrHead, (HttpContext http, PublishedUrlReader reader, TimeProvider clock, CancellationToken ct) =>
            FeedAsync(http, null, rss: true, reader, clock, ct)).ExcludeFromDescription();
        app.MapMethods("/" + AtomFile, GetOrHead, (HttpContext http, PublishedUrlReader reader, TimeProvider clock, CancellationToken ct) =>
            FeedAsync(http, null, rss: false, reader, clock, ct)).ExcludeFromDescription();
        app.MapMethods("/{culture}/" + RssFile, GetOrHead, (HttpContext http, string culture, PublishedUrlReader reader, TimeProvider clock, CancellationToken ct) =>
            FeedAsync(http, culture, rss: true, reader, clock, ct)).ExcludeFromDescription();
        app.MapMethods("/{culture}/" + AtomFile, GetOrHead, (HttpContext http, string culture, PublishedUrlReader reader, TimeProvider clock, CancellationToken ct) =>
            FeedAsync(http, culture, rss: false, reader, clock, ct)).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SitemapAsync(
        HttpContext http, PublishedUrlReader reader, IEnumerable<ISitePage> sitePages, IEnumerable<ISitemapSource> sources, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        if (site is null)
        {
            return Results.Text(SitemapDocument.ForLanding(Root(http.Request) + "/"), "application/xml; charset=utf-8");
        }

        var urls = await reader.AllAsync(site.Id, cancellationToken);
        var featurePaths = new List<SitemapPath>();
        foreach (var source in sources)
        {
            featurePaths.AddRange(await source.PathsAsync(site, cancellationToken));
        }

        return Results.Text(SitemapDocument.ForSite(site, new SiteLinks(http.Request, site), urls, sitePages, featurePaths), "application/xml; charset=utf-8");
    }

    private static IResult Robots(HttpContext http) =>
        Results.Text(RobotsText.Write(http.Request.PathBase.ToUriComponent(), Root(http.Request) + "/sitemap.xml"), "text/plain; charset=utf-8");

    private static async Task<IResult> FeedAsync(
        HttpContext http, string? culturePrefix, bool rss, PublishedUrlReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        if (site is null || (culturePrefix is not null && (culturePrefix == site.DefaultCulture || !site.HasCulture(culturePrefix))))
        {
            return Results.NotFound();
        }

        var culture = culturePrefix ?? site.DefaultCulture;
        var links = new SiteLinks(http.Request, site);
        var articles = (await reader.AllAsync(site.Id, cancellationToken))
            .Where(u => u.Culture == culture && u.ContentType == ContentTypeAliases.NewsArticle)
            .OrderByDescending(u => u.PublishedAt).ThenByDescending(u => u.ItemId)
            .Take(NewsFeed.ItemCount)
            .ToList();
        var values = await reader.ValuesAsync(articles.Select(a => a.VersionId).ToList(), cancellationToken);
        var items = articles.Select(a => new FeedItem(
                a.Name,
                links.Absolute(culture, a.UrlPath),
                values.TryGetValue(a.VersionId, out var v) ? v.Text("summary") : null,
                a.PublishedAt ?? a.UpdatedAt,
                a.PublishedAt ?? a.UpdatedAt))
            .ToList();
        var file = rss ? RssFile : AtomFile;
        var feed = new NewsFeed(
            $"{site.NameIn(culture)} — {UiText.For(culture).LatestNews}",
            culture,
            links.Absolute(culture, "/"),
            links.Absolute(culture, "/" + file),
            items.Count > 0 ? items.Max(i => i.Updated) : clock.GetUtcNow(),
            items);
        return rss
            ? Results.Text(FeedDocuments.Rss(feed), "application/rss+xml; charset=utf-8")
            : Results.Text(FeedDocuments.Atom(feed), "application/atom+xml; charset=utf-8");
    }

    private static string Root(HttpRequest request) => $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Content;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// The catch-all public route: resolves the path to a published item of the request's site and renders the
/// view its theme has for the item's content type. Anything that does not resolve is the theme's 404.
/// </summary>
public sealed class PublicPageRenderer(PublishedContentReader content, ThemeRegistry themes, NetworkLanding landing, IEnumerable<SitePages.ISitePage> sitePages, IEnumerable<SitePages.IHomeBlockSource> homeBlocks)
{
    public async Task<IResult> RenderAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        if (site is null)
        {
            return await landing.RenderAsync(http, cancellationToken);
        }

        var path = PublicPath.Parse(http.Request.Path.Value, site.Cultures, site.DefaultCulture);
        var links = new SiteLinks(http.Request, site);
        if (path is null)
        {
            return NotFound(http, site, site.DefaultCulture, links);
        }

        if (path.RedirectToUnprefixed)
        {
            return Results.Redirect(links.Path(path.Culture, path.UrlPath) + http.Request.QueryString, permanent: true);
        }

        var page = await content.FindAsync(site.Id, path.Culture, path.UrlPath, cancellationToken);
        if (page is null && path.UrlPath == "/")
        {
            // A site whose home page is not (yet) published in this culture still shows its name and news.
            page = new PublishedPage(0, Guid.Empty, null, ContentTypeAliases.Home, path.Culture, site.NameIn(path.Culture), "/", null, PropertyValues.Empty);
        }

        if (page is null)
        {
            var sitePage = sitePages.FirstOrDefault(p => p.Handles(path.UrlPath));
            return sitePage is null
                ? NotFound(http, site, path.Culture, links)
                : await SitePageAsync(http, sitePage, site, path.Culture, path.UrlPath, links, cancellationToken);
        }

        return await RenderPageAsync(http, site, page, links, preview: false, cancellationToken);
    }

    /// <summary>
    /// Renders a draft exactly as its site's theme would render it once published, with the preview banner and
    /// <c>noindex</c>. The caller (the backoffice's preview link) has checked the link and the viewer's role.
    /// </summary>
    public Task<IResult> RenderDraftAsync(HttpContext http, SiteSummary site, PublishedPage draft, CancellationToken cancellationToken) =>
        RenderPageAsync(http, site, draft, new SiteLinks(http.Request, site), preview: true, cancellationToken);

    private async Task<IResult> RenderPageAsync(HttpContext http, SiteSummary site, PublishedPage page, SiteLinks links, bool preview, CancellationToken cancellationToken)
    {
        var theme = themes.For(site.Theme);
        var menu = await MenuAsync(site, page.Culture, links, cancellationToken);
        var cultures = page.ItemId == 0
            ? new Dictionary<string, string>()
            : await content.PublishedCulturesAsync(site.Id, page.ItemId, cancellationToken);
        var frame = new PageFrame(theme, site, page, links, menu, cultures, preview, FooterLinks(page.Culture, links));
        return page.ContentType switch
        {
            ContentTypeAliases.Home => new ThemeViewResult(theme.View(ThemeViewNames.Home), await HomeAsync(http, frame, cancellationToken)),
            ContentTypeAliases.NewsList => await NewsListAsync(http, frame, cancellationToken),
            _ => new ThemeViewResult(theme.View(ThemeViewNames.ForContentType(page.ContentType)), frame.Fill(new ContentPageModel
            {
                Theme = theme,
                Culture = page.Culture,
                Text = UiText.For(page.Culture),
                Title = page.Name,
                HomeUrl = links.Home(page.Culture),
                Page = page,
            }, "")),
        };
    }

    public IResult NotFound(HttpContext http, SiteSummary site, string culture, SiteLinks links)
    {
        var theme = themes.For(site.Theme);
        var text = UiText.For(culture);
        var model = new StatusPageModel
        {
            Theme = theme,
            Site = site,
            Culture = culture,
            Text = text,
            Title = text.NotFoundTitle,
            Message = text.NotFoundText,
            HomeUrl = links.Home(culture),
            Languages = site.Cultures.Count > 1
                ? site.Cultures.Select(c => new AlternateLink(c, UiText.LanguageName(c), links.Home(c), c == culture)).ToList()
                : [],
        };
        return new ThemeViewResult(theme.View(ThemeViewNames.NotFound), model, StatusCodes.Status404NotFound);
    }

    private async Task<IResult> SitePageAsync(
        HttpContext http, SitePages.ISitePage sitePage, SiteSummary site, string culture, string urlPath, SiteLinks links, CancellationToken cancellationToken)
    {
        var theme = themes.For(site.Theme);
        var model = await sitePage.BuildAsync(new SitePages.SitePageRequest(site, culture, theme, links, http), cancellationToken);
        if (model is null)
        {
            return NotFound(http, site, culture, links);
        }

        // A sub-page (/catalog/{slug}) is its own canonical URL, in every culture of the site.
        var page = new PublishedPage(0, Guid.Empty, null, sitePage.ViewName, culture, sitePage.Title(culture), urlPath, null, PropertyValues.Empty);
        var cultures = site.Cultures.ToDictionary(c => c, _ => urlPath, StringComparer.Ordinal);
        var frame = new PageFrame(theme, site, page, links, await MenuAsync(site, culture, links, cancellationToken), cultures, FooterLinks: FooterLinks(culture, links));
        return new ThemeViewResult(theme.View(model.ViewName ?? sitePage.ViewName), frame.Fill(model, ""), model.StatusCode);
    }

    private async Task<HomeModel> HomeAsync(HttpContext http, PageFrame frame, CancellationToken cancellationToken)
    {
        var (site, page, links) = (frame.Site, frame.Page, frame.Links);
        var blocks = new List<SitePages.HomeBlock>();
        foreach (var source in homeBlocks.OrderBy(b => b.Order))
        {
            if (await source.BuildAsync(new SitePages.SitePageRequest(site, page.Culture, frame.Theme, links, http), cancellationToken) is { } block)
            {
                blocks.Add(block);
            }
        }

        var news = await content.LatestNewsAsync(site.Id, page.Culture, cancellationToken);
        var services = await content.ServicesAsync(site.Id, page.Culture, cancellationToken);
        var newsList = await content.NewsListPathAsync(site.Id, page.Culture, cancellationToken);
        return frame.Fill(new HomeModel
        {
            Theme = frame.Theme,
            Culture = page.Culture,
            Text = UiText.For(page.Culture),
            Title = site.NameIn(page.Culture),
            HomeUrl = links.Home(page.Culture),
            Page = page,
            LatestNews = ToLinks(news, page.Culture, links),
            Services = ToLinks(services, page.Culture, links),
            AllNewsUrl = newsList is null ? null : links.Path(page.Culture, newsList),
            Blocks = blocks,
        }, "");
    }

    private async Task<IResult> NewsListAsync(HttpContext http, PageFrame frame, CancellationToken cancellationToken)
    {
        var (site, page, links) = (frame.Site, frame.Page, frame.Links);
        var pageNumber = RequestedPage(http.Request);
        var dates = await content.NewsDatesAsync(site.Id, page.Culture, page.ItemId, cancellationToken);
        var months = NewsMonth.Group(dates.Select(d => d.PublishedAt));
        var monthValues = http.Request.Query["month"];
        NewsMonth? month = null;
        if (monthValues.Count > 0)
        {
            // ?month=2026-13, ?month=abc and a month without news name no page of this list.
            month = monthValues.Count == 1 && NewsMonth.TryParse(monthValues[0], out var year, out var number)
                ? months.FirstOrDefault(m => m.Year == year && m.Month == number)
                : null;
            if (month is null)
            {
                return NotFound(http, site, page.Culture, links);
            }
        }

        var total = month?.Count ?? await content.CountNewsAsync(site.Id, page.Culture, page.ItemId, cancellationToken);
        var pageCount = Math.Max(1, (total + NewsListModel.PageSize - 1) / NewsListModel.PageSize);
        if (pageNumber is null || pageNumber > pageCount)
        {
            // ?page=abc, ?page=0 and ?page=999999 name no page of this list.
            return NotFound(http, site, page.Culture, links);
        }

        var current = pageNumber.Value;
        var skip = (current - 1) * NewsListModel.PageSize;
        var articles = month is null
            ? await content.NewsPageAsync(site.Id, page.Culture, page.ItemId, skip, NewsListModel.PageSize, cancellationToken)
            : await content.NewsPageAsync(
                site.Id, page.Culture, page.ItemId, dates.Where(d => month.Contains(d.PublishedAt)).Select(d => d.ItemId).ToList(), skip, NewsListModel.PageSize, cancellationToken);
        var listPath = links.Path(page.Culture, page.UrlPath);
        var model = frame.Fill(new NewsListModel
        {
            Theme = frame.Theme,
            Culture = page.Culture,
            Text = UiText.For(page.Culture),
            Title = page.Name,
            HomeUrl = links.Home(page.Culture),
            Page = page,
            Articles = ToLinks(articles, page.Culture, links),
            PageNumber = current,
            PageCount = pageCount,
            PageUrl = n => listPath + ListQuery(month, n),
            Months = months,
            SelectedMonth = month,
            ListUrl = listPath,
            MonthUrl = m => listPath + ListQuery(m, 1),
        }, ListQuery(month, current));
        return new ThemeViewResult(frame.Theme.View(ThemeViewNames.NewsList), model);
    }

    /// <summary>The query of a news list page: <c>?month=2026-11&amp;page=2</c>, either part left out when not needed.</summary>
    private static string ListQuery(NewsMonth? month, int page)
    {
        var parts = new List<string>(2);
        if (month is not null)
        {
            parts.Add("month=" + month.Key);
        }

        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private static int? RequestedPage(HttpRequest request)
    {
        var values = request.Query["page"];
        if (values.Count == 0)
        {
            return 1;
        }

        return values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;
    }

    private async Task<IReadOnlyList<ContentLink>> MenuAsync(SiteSummary site, string culture, SiteLinks links, CancellationToken cancellationToken) =>
        [
            .. ToLinks(await content.MenuAsync(site.Id, culture, cancellationToken), culture, links),
            .. sitePages.Where(p => p.InMenu).Select(p => new ContentLink(p.Title(culture), links.Path(culture, p.UrlPath), null, null)),
        ];

    private IReadOnlyList<ContentLink> FooterLinks(string culture, SiteLinks links) =>
        [.. sitePages.Where(p => !p.InMenu).Select(p => new ContentLink(p.Title(culture), links.Path(culture, p.UrlPath), null, null))];

    private static List<ContentLink> ToLinks(IReadOnlyList<PublishedListEntry> entries, string culture, SiteLinks links) =>
        entries.Select(e => new ContentLink(e.Name, links.Path(culture, e.UrlPath), e.PublishedAt, e.Summary)).ToList();
}

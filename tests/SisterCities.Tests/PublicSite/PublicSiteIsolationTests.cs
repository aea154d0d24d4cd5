using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>Tests that need their own app: other providers, odd site data, a broken database.</summary>
public sealed class PublicSiteIsolationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Site_B_pages_are_not_found_through_site_A_host(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var build = new TestContentBuilder(app);
        var lviv = await build.AddSiteAsync(RealCity.Lviv);
        var kharkiv = await build.AddSiteAsync(RealCity.Kharkiv);
        await build.AddAsync(lviv, null, ContentTypeAliases.Home, [new("uk", "Львів"), new("en", "Lviv")]);
        var kharkivHome = await build.AddAsync(kharkiv, null, ContentTypeAliases.Home, [new("uk", "Харків"), new("en", "Kharkiv")]);
        await build.AddAsync(kharkiv, kharkivHome, ContentTypeAliases.Page,
            [new("uk", "Лише для Харкова", "only-kharkiv"), new("en", "Kharkiv only", "only-kharkiv")]);

        Assert.Equal(HttpStatusCode.OK, (await Client(app, RealCity.Kharkiv.Host).GetAsync("/only-kharkiv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client(app, RealCity.Kharkiv.Host).GetAsync("/en/only-kharkiv")).StatusCode);
        foreach (var path in new[] { "/only-kharkiv", "/en/only-kharkiv" })
        {
            var response = await Client(app, RealCity.Lviv.Host).GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Харк", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var home = await Html.ReadAsync(await Client(app, RealCity.Lviv.Host).GetAsync("/"));
        Assert.Equal("Львів", home.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Names_and_titles_with_markup_are_html_encoded()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Lviv, s => s.NameUk = "<script>alert('львів')</script>Львів");
        var home = await build.AddAsync(site, null, ContentTypeAliases.Home, new TestVariant("uk", "Львів", Values: new() { ["intro"] = "<img src=x onerror=alert(1)>" }));
        await build.AddAsync(site, home, ContentTypeAliases.Page, new TestVariant("uk", "<b>Сторінка</b>", "page"));

        var homeHtml = await (await Client(app, RealCity.Lviv.Host).GetAsync("/")).Content.ReadAsStringAsync();
        var pageHtml = await (await Client(app, RealCity.Lviv.Host).GetAsync("/page")).Content.ReadAsStringAsync();
        var landingHtml = await (await Client(app, "localhost").GetAsync("/")).Content.ReadAsStringAsync();

        foreach (var html in new[] { homeHtml, pageHtml, landingHtml })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<img src=x", homeHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Сторінка&lt;/b&gt;", pageHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_theme_falls_back_to_the_default_theme()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Kharkiv, s => s.Theme = "NoSuchTheme");
        await build.AddAsync(site, null, ContentTypeAliases.Home, new TestVariant("uk", "Харків"));

        var response = await Client(app, RealCity.Kharkiv.Host).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.StartsWith("/_content/SisterCities.Themes.Default/site.css", page.Attr("link[rel=stylesheet]", "href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Site_without_a_published_home_page_still_shows_its_name()
    {
        using var app = CmsAppFactory.Sqlite();
        await new TestContentBuilder(app).AddSiteAsync(RealCity.Kharkiv);

        var page = await Html.ReadAsync(await Client(app, RealCity.Kharkiv.Host).GetAsync("/en/"));

        Assert.Equal("Kharkiv", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(UiText.English.NoNews, page.QuerySelector("#latest-news + p")!.TextContent);
    }

    [Fact]
    public async Task A_failing_page_is_the_themed_error_page_with_status_500_and_no_details()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Lviv);
        await build.AddAsync(site, null, ContentTypeAliases.Home, new TestVariant("uk", "Львів"));
        await app.WithScopeAsync(async services =>
        {
            // The content tables vanish under the running app: the next page read throws.
            var db = services.GetRequiredService<CmsDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE content_versions");
        });

        var response = await Client(app, RealCity.Lviv.Host).GetAsync("/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(UiText.Ukrainian.ErrorTitle, body, StringComparison.Ordinal);
        Assert.Contains("Львів", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("content_versions", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(app, RealCity.Lviv.Host).GetAsync(PublicSiteRoutes.ErrorPath)).StatusCode);
    }

    [Fact]
    public async Task Unpublishing_a_news_list_hides_its_articles()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Lviv);
        var home = await build.AddAsync(site, null, ContentTypeAliases.Home, new TestVariant("uk", "Львів"));
        var news = await build.AddAsync(site, home, ContentTypeAliases.NewsList, new TestVariant("uk", "Новини", "news"));
        await build.AddAsync(site, news, ContentTypeAliases.NewsArticle,
            new TestVariant("uk", "Новина під списком", "item", TestContentBuilder.Article("Опис.", "<p>Текст.</p>")));
        var client = Client(app, RealCity.Lviv.Host);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/news/item")).StatusCode);

        await build.UnpublishAsync(news, "uk");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/news/item")).StatusCode);
        var homePage = await Html.ReadAsync(await client.GetAsync("/"));
        Assert.Empty(homePage.QuerySelectorAll(".teaser"));
        Assert.Null(homePage.QuerySelector("a.more"));
    }

    [Fact]
    public async Task Landing_links_to_the_first_hostname_when_neither_localhost_nor_the_prefix_applies()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:AllowSitePathPrefix"] = "false" });
        var build = new TestContentBuilder(app);
        await build.AddSiteAsync(RealCity.Lviv);
        await build.AddSiteAsync(RealCity.Kharkiv, s => s.Hostnames = []);

        var page = await Html.ReadAsync(await Client(app, "sistercities.example.org").GetAsync("/"));

        Assert.Equal("http://lviv.localhost/", page.Attr("#city-list a", "href"));
        Assert.Equal("Харків", page.QuerySelector("#city-list .cities__name")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(app, "sistercities.example.org").GetAsync("/s/lviv/")).StatusCode);
    }

    private static HttpClient Client(CmsAppFactory app, string host) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });
}

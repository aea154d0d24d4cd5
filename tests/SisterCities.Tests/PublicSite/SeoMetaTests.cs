using System.Text.Json;
using AngleSharp.Dom;

namespace SisterCities.Tests.PublicSite;

public sealed class SeoMetaTests(SeoNetwork network) : IClassFixture<SeoNetwork>
{
    private const string Host = "poltava.localhost";

    [Fact]
    public async Task Article_has_opengraph_twitter_card_and_a_news_article_json_ld()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/en/news/session"));

        Assert.Equal("Council session", Meta(page, "og:title"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("http://poltava.localhost/en/news/session", Meta(page, "og:url"));
        Assert.Equal("The session agenda.", Meta(page, "og:description"));
        Assert.Equal("en_GB", Meta(page, "og:locale"));
        Assert.Equal("uk_UA", Meta(page, "og:locale:alternate"));
        Assert.Equal("Poltava", Meta(page, "og:site_name"));
        Assert.Equal("summary", page.Attr("meta[name='twitter:card']", "content"));
        Assert.Equal("Council session", page.Attr("meta[name='twitter:title']", "content"));

        var article = JsonLd(page);
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("Council session", article.GetProperty("headline").GetString());
        Assert.Equal("en", article.GetProperty("inLanguage").GetString());
        Assert.True(DateTimeOffset.TryParse(article.GetProperty("datePublished").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(article.GetProperty("dateModified").GetString(), out _));
        Assert.Equal("GovernmentOrganization", article.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("http://poltava.localhost/en/", article.GetProperty("publisher").GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_title_containing_a_closing_script_tag_stays_inside_the_json_ld_block()
    {
        var html = await (await network.Client(Host).GetAsync("/news/session")).Content.ReadAsStringAsync();
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/news/session"));

        // One data block and no other inline script: the title's "</script><script>" did not open one.
        Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
        Assert.Equal(SeoNetwork.HostileTitle, JsonLd(page).GetProperty("headline").GetString());
        Assert.Contains("\\u003C/script\\u003E", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_page_describes_the_city_as_a_government_organization()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/"));

        var city = JsonLd(page);
        Assert.Equal("GovernmentOrganization", city.GetProperty("@type").GetString());
        Assert.Equal("Полтава", city.GetProperty("name").GetString());
        Assert.Equal("http://poltava.localhost/", city.GetProperty("url").GetString());
        Assert.Equal("Полтавська область", city.GetProperty("address").GetProperty("addressRegion").GetString());
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal("uk_UA", Meta(page, "og:locale"));
    }

    [Fact]
    public async Task Event_page_has_an_event_json_ld_with_dates_and_place()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/city-day"));

        var data = JsonLd(page);
        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.Equal("День міста", data.GetProperty("name").GetString());
        Assert.Equal("2026-09-12T10:00:00Z", data.GetProperty("startDate").GetString());
        Assert.Equal("2026-09-12T20:00:00Z", data.GetProperty("endDate").GetString());
        Assert.Equal("Центральна площа", data.GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public async Task News_list_has_no_json_ld()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/news"));

        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("Новини", Meta(page, "og:title"));
    }

    private static string? Meta(IDocument page, string property) => page.Attr($"meta[property='{property}']", "content");

    private static JsonElement JsonLd(IDocument page) =>
        JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
}

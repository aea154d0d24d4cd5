using System.Net;

namespace SisterCities.Tests.PublicSite;

public sealed class NewsArchiveTests(SeoNetwork network) : IClassFixture<SeoNetwork>
{
    private const string Host = "poltava.localhost";

    [Fact]
    public async Task News_list_shows_every_month_with_its_count_newest_first_in_kyiv_time()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/archive"));

        Assert.Equal("Архів новин за місяцями", page.QuerySelector(".news-archive h2")!.TextContent);
        Assert.Equal("news-archive-title", page.Attr("nav.news-archive", "aria-labelledby"));
        var months = page.QuerySelectorAll(".news-archive li").Select(li => string.Join(" ", li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList();
        // 31 October 22:30 UTC is 1 November in Kyiv.
        Assert.Equal(["листопад 2026 (1)", "жовтень 2026 (2)", "вересень 2026 (1)"], months);
        Assert.Equal("/archive?month=2026-10", page.QuerySelectorAll(".news-archive a")[1].GetAttribute("href"));
        Assert.Equal(4, page.QuerySelectorAll(".teaser__title").Length);
    }

    [Fact]
    public async Task Month_filter_lists_only_that_months_articles_and_marks_the_month_current()
    {
        var page = await Html.ReadAsync(await network.Client(Host).GetAsync("/archive?month=2026-10"));

        Assert.Equal(["Архівна новина 3", "Архівна новина 2"], page.Texts(".teaser__title"));
        Assert.Equal("Архів: жовтень 2026", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/archive?month=2026-10", page.Attr(".news-archive a[aria-current=page]", "href"));
        Assert.Equal("/archive", page.Attr(".news-archive li:first-child a", "href"));
        Assert.Equal("http://poltava.localhost/archive?month=2026-10", page.Attr("link[rel=canonical]", "href"));
        Assert.StartsWith("Архів — жовтень 2026 — ", page.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/archive?month=2026-13")]
    [InlineData("/archive?month=abc")]
    [InlineData("/archive?month=2026-1")]
    [InlineData("/archive?month=2025-10")]
    [InlineData("/archive?month=2026-10&month=2026-11")]
    [InlineData("/archive?month=2026-10&page=2")]
    public async Task Month_that_is_malformed_or_has_no_news_is_not_found(string path)
    {
        var response = await network.Client(Host).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

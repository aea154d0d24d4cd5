namespace SisterCities.Tests.PublicSite;

/// <summary>Lviv has Theme = "Heritage", Poltava the Default theme, with the same kind of content (see <see cref="SeoNetwork"/>).</summary>
public sealed class HeritageThemeTests(SeoNetwork network) : IClassFixture<SeoNetwork>
{
    private const string HeritageStylesheet = "/_content/SisterCities.Themes.Heritage/heritage.css?v=";

    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/news")]
    [InlineData("/en/news/session")]
    [InlineData("/city-day")]
    [InlineData("/sister-cities")]
    [InlineData("/no-such-page")]
    public async Task Site_with_the_heritage_theme_renders_through_the_heritage_layout(string path)
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync(path));

        Assert.StartsWith(HeritageStylesheet, page.Attr("link[rel=stylesheet]", "href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("header.masthead"));
        Assert.Null(page.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task Heritage_shows_the_same_content_and_metadata_as_the_default_theme()
    {
        var heritage = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/en/news/session"));
        var standard = await Html.ReadAsync(await network.Client(SeoNetwork.Poltava.Host).GetAsync("/en/news/session"));

        Assert.StartsWith("/_content/SisterCities.Themes.Default/site.css?v=", standard.Attr("link[rel=stylesheet]", "href"), StringComparison.Ordinal);
        Assert.Equal(standard.QuerySelector("main")!.TextContent.Trim(), heritage.QuerySelector("main")!.TextContent.Trim());
        Assert.Equal("http://lviv.localhost/en/news/session", heritage.Attr("link[rel=canonical]", "href"));
        Assert.Equal("Council session", heritage.Attr("meta[property='og:title']", "content"));
        Assert.Single(heritage.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("/en/feed.rss", heritage.Attr("link[type='application/rss+xml']", "href"));
        Assert.Equal(standard.Texts(".menu a"), heritage.Texts(".menu a"));
        Assert.Contains("News", heritage.Texts(".menu a"));
    }

    [Fact]
    public async Task Heritage_news_list_has_the_archive_by_month()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news"));

        Assert.NotNull(page.QuerySelector("nav.news-archive[aria-labelledby=news-archive-title]"));
        Assert.Single(page.QuerySelectorAll(".news-archive li"));
    }
}

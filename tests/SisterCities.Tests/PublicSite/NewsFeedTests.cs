using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.Mvc.Testing;
using SisterCities.Cms.Content;
using SisterCities.Cms.Findable;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

public sealed class NewsFeedTests(TwoCityNetwork network) : IClassFixture<TwoCityNetwork>
{
    [Fact]
    public async Task Rss_feed_parses_and_lists_the_sites_published_news_newest_first()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/feed.rss");
        var feed = await ParseAsync(response, new Rss20FeedFormatter());

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var titles = feed.Items.Select(i => i.Title.Text).ToList();
        Assert.Equal(2 + TwoCityNetwork.ArchiveArticles, titles.Count);
        Assert.Equal("Архівна новина 12", titles[0]);
        Assert.Contains("Ярмарок ремесел на площі Ринок", titles);
        Assert.DoesNotContain(titles, t => t.Contains("Чернетка", StringComparison.Ordinal) || t.Contains("Знята", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.Contains("Салтівці", StringComparison.Ordinal));
        var fair = feed.Items.Single(i => i.Title.Text == "Ярмарок ремесел на площі Ринок");
        Assert.Equal(new Uri("http://lviv.localhost/news/craft-fair"), fair.Links[0].Uri);
        Assert.Equal("Майстри з усієї області.", fair.Summary.Text);
        Assert.True(feed.Items.Zip(feed.Items.Skip(1)).All(p => p.First.PublishDate >= p.Second.PublishDate));
    }

    [Fact]
    public async Task Atom_feed_in_english_parses_and_has_only_english_articles()
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync("/en/feed.atom");
        var feed = await ParseAsync(response, new Atom10FeedFormatter());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var entry = Assert.Single(feed.Items);
        Assert.Equal("Craft fair on Rynok Square", entry.Title.Text);
        Assert.Equal(new Uri("http://lviv.localhost/en/news/craft-fair"), entry.Links.Single(l => l.RelationshipType == "alternate").Uri);
        Assert.Equal("en", feed.Language);
    }

    [Fact]
    public async Task Feed_shows_only_the_newest_twenty_articles()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Kharkiv);
        var home = await build.AddAsync(site, null, ContentTypeAliases.Home, new TestVariant("uk", "Харків"));
        var news = await build.AddAsync(site, home, ContentTypeAliases.NewsList, new TestVariant("uk", "Новини", "news"));
        for (var n = 1; n <= NewsFeed.ItemCount + 2; n++)
        {
            await build.AddAsync(site, news, ContentTypeAliases.NewsArticle,
                new TestVariant("uk", $"Новина {n:00}", $"item-{n:00}", TestContentBuilder.Article($"Підсумок {n}.", "<p>Текст.</p>")));
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{RealCity.Kharkiv.Host}/") });
        var feed = await ParseAsync(await client.GetAsync("/feed.atom"), new Atom10FeedFormatter());

        Assert.Equal(NewsFeed.ItemCount, feed.Items.Count());
        Assert.Equal("Новина 22", feed.Items.First().Title.Text);
        Assert.Equal("Новина 03", feed.Items.Last().Title.Text);
    }

    [Theory]
    [InlineData("/uk/feed.rss")]
    [InlineData("/de/feed.atom")]
    public async Task Feed_of_the_default_culture_prefix_or_an_unknown_culture_is_not_found(string path)
    {
        var response = await network.Client(RealCity.Lviv.Host).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_announce_the_feeds_of_their_culture_in_the_head()
    {
        var uk = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news/craft-fair"));
        var en = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/en/"));

        Assert.Equal("/feed.rss", uk.Attr("head link[rel=alternate][type='application/rss+xml']", "href"));
        Assert.Equal("/feed.atom", uk.Attr("head link[rel=alternate][type='application/atom+xml']", "href"));
        Assert.Equal("/en/feed.rss", en.Attr("head link[rel=alternate][type='application/rss+xml']", "href"));
    }

    private static async Task<SyndicationFeed> ParseAsync(HttpResponseMessage response, SyndicationFeedFormatter formatter)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}

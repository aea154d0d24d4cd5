using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Sites.DemoNetwork;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Sites;

public sealed class DemoNetworkSeedTests
{
    private static readonly string[] OblastCentreKeys =
    [
        "kyiv", "vinnytsia", "lutsk", "dnipro", "donetsk", "zhytomyr", "uzhhorod", "zaporizhzhia", "ivano-frankivsk",
        "kropyvnytskyi", "luhansk", "lviv", "mykolaiv", "odesa", "poltava", "rivne", "sumy", "ternopil", "kharkiv",
        "kherson", "khmelnytskyi", "cherkasy", "chernivtsi", "chernihiv",
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Empty_database_is_seeded_with_real_municipalities_and_published_demo_content(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider, new Dictionary<string, string?> { ["Cms:SeedDemoNetwork"] = "true" });

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var sites = await db.Set<Site>().AsNoTracking().ToListAsync();
            Assert.Equal(DemoNetworkSelection.TargetCount, sites.Count);
            Assert.All(OblastCentreKeys, key => Assert.Contains(sites, s => s.Key == key));
            Assert.All(sites, s => Assert.StartsWith("UA", s.KatottgCode, StringComparison.Ordinal));

            var variants = await db.Set<ContentVariant>().AsNoTracking().ToListAsync();
            var items = await db.Set<ContentItem>().AsNoTracking().ToListAsync();
            foreach (var site in sites)
            {
                foreach (var culture in new[] { "uk", "en" })
                {
                    var mine = variants.Where(v => v.SiteId == site.Id && v.Culture == culture).ToList();
                    Assert.Equal(7, mine.Count);
                    Assert.All(mine, v => Assert.Equal(ContentState.Published, v.State));
                    Assert.All(mine, v => Assert.NotNull(v.PublishedVersionId));
                    Assert.Contains(mine, v => v.UrlPath == "/");
                    Assert.Contains(mine, v => v.UrlPath == "/news");
                    var news = mine.Where(v => v.UrlPath.StartsWith("/news/", StringComparison.Ordinal)).ToList();
                    Assert.Equal(3, news.Count);
                    Assert.All(news, v => Assert.StartsWith(culture == "uk" ? "Демо:" : "Demo:", v.Name, StringComparison.Ordinal));
                    Assert.Equal(3, news.Select(v => v.PublishedAt).Distinct().Count());
                }
            }

            Assert.Equal(sites.Count * 7, items.Count);
            var articleIds = items.Where(i => i.ContentTypeAlias == ContentTypeAliases.NewsArticle).Select(i => i.Id).ToList();
            var articleVersions = await db.Set<ContentVersion>().AsNoTracking().Where(v => articleIds.Contains(v.ItemId)).ToListAsync();
            Assert.Equal(sites.Count * 6, articleVersions.Count);
            Assert.All(articleVersions, v => Assert.True(JsonNode.Parse(v.Values)!["isDemo"]!.GetValue<bool>()));

            var lvivHome = variants.Single(v => v.SiteId == sites.Single(s => s.Key == "lviv").Id && v.Culture == "en" && v.UrlPath == "/");
            var homeVersion = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == lvivHome.PublishedVersionId);
            Assert.Contains("demo site of the SisterCities network for Lviv", homeVersion.Values, StringComparison.Ordinal);

            var feed = await db.ChangeFeed.AsNoTracking().ToListAsync();
            Assert.Equal(sites.Count, feed.Count(f => f.Entity == Site.FeedEntityName));
            Assert.Equal(sites.Count * 7 * 2, feed.Count(f => f.Entity == ContentItem.FeedEntityName && f.Change == FeedChanges.Published));
        });
    }

    [Fact]
    public async Task Seed_includes_every_twin_town_city_and_runs_only_on_an_empty_database()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:SeedDemoNetwork"] = "true" });

        var seededAgain = await app.WithScopeAsync(services => services.GetRequiredService<DemoNetworkSeeder>().SeedIfEmptyAsync(CancellationToken.None));

        Assert.Equal(0, seededAgain);
        var names = await app.WithScopeAsync(services => services.GetRequiredService<CmsDbContext>().Set<Site>().Select(s => s.NameUk).ToListAsync());
        var normalized = names.Select(n => n.Replace('’', '\'')).ToHashSet();
        foreach (var (city, _) in DemoNetworkSelection.ReadTwinTownCities(OpenDataFiles.TwinTowns))
        {
            Assert.Contains(city.Replace('’', '\''), normalized);
        }

        var directory = app.Services.GetRequiredService<SiteDirectory>();
        Assert.Equal("Шептицький", (await directory.FindByHostAsync("sheptytskyi.localhost", CancellationToken.None))?.NameUk);
    }

    [Fact]
    public async Task Selection_is_deterministic_and_starts_with_the_oblast_centres()
    {
        var (all, _) = await CodifierFixture.PlanAsync();
        var twinTowns = DemoNetworkSelection.ReadTwinTownCities(OpenDataFiles.TwinTowns).ToList();

        var first = DemoNetworkSelection.Choose(all, twinTowns);
        var second = DemoNetworkSelection.Choose(all.Reverse().ToList(), twinTowns);

        Assert.Equal(first.Select(s => s.Key), second.Select(s => s.Key));
        Assert.Equal(OblastCentreKeys.Order(StringComparer.Ordinal), first.Take(24).Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.All(first.Skip(24), s => Assert.Equal("M", s.Source.CentreCategory));
    }
}

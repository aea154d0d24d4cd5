using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Search;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>
/// Documents that copy another entity's data (a site's or a partner city's name) follow that entity's change in the
/// indexer's normal cycle, through <see cref="ISearchDependentSource"/>, and the feed position passes the change
/// only once every dependent document is written.
/// </summary>
public sealed class SearchDependentsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Renaming_a_site_renames_it_in_partnership_event_business_and_content_hits(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var page = await PublishPagesAsync(app, sites.Lviv, "Ярмарок вишиванок", 1);
        var wroclaw = await AddPartnerCityAsync(app, "Wrocław", "Вроцлав");
        await AddPartnershipAndEventAsync(app, sites.Lviv, sites.Lviv, null, wroclaw.Id, "Тестовий форум ремесел", "Test crafts forum");
        await CatalogTestData.RegisterAsync(app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(41), "lviv", "Test: Пекарня на Ринку", "10"));
        await WaitAsync(app, new SearchRequest("Lviv City Hromada", Type: "business"), r => r.Total == 2);
        await WaitAsync(app, new SearchRequest("вишиванок"), r => r.Total == 1);

        await RenameSiteAsync(app, "lviv", "Лемберзька тестова громада", "Lemberg Test Hromada");

        var partnerships = await WaitAsync(app, new SearchRequest("Лемберзька Lemberg", Type: "partnership"), r => r.Total == 2);
        Assert.Equal(2, partnerships.Total);
        Assert.Contains(partnerships.Hits, h => h.Title == "Лемберзька тестова громада — Вроцлав" && h.SiteName == "Лемберзька тестова громада");
        Assert.Contains(partnerships.Hits, h => h.Title == "Lemberg Test Hromada — Wrocław" && h.SiteName == "Lemberg Test Hromada");
        Assert.Equal(2, (await WaitAsync(app, new SearchRequest("Лемберзька Lemberg", Type: "networkEvent"), r => r.Total == 2)).Total);
        Assert.Equal(2, (await WaitAsync(app, new SearchRequest("Лемберзька Lemberg", Type: "business"), r => r.Total == 2)).Total);
        var content = Assert.Single(Search(app, new SearchRequest("вишиванок")).Hits);
        Assert.Equal($"content:{page[0]}:uk", content.Id);
        Assert.Equal("Лемберзька тестова громада", content.SiteName);

        foreach (var type in new[] { "partnership", "networkEvent", "business" })
        {
            Assert.Equal(0, Search(app, new SearchRequest("Lviv Львівська", Type: type)).Total);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Renaming_a_partner_city_renames_it_in_partnership_and_event_hits(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var city = await AddPartnerCityAsync(app, "Wrocław", "Вроцлав");
        await AddPartnershipAndEventAsync(app, sites.Kharkiv, null, sites.Kharkiv, city.Id, "Тестова торгова місія", "Test trade mission");
        Assert.Equal(4, (await WaitAsync(app, new SearchRequest("Вроцлав Wrocław"), r => r.Total == 4)).Total);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var tracked = await db.Set<PartnerCity>().SingleAsync(c => c.Id == city.Id);
            var errors = await scope.ServiceProvider.GetRequiredService<PartnerCityWriter>().UpdateAsync(
                tracked, new PartnerCityDraft("Breslau", "Breslau", "Бреслау", "PL", null, 51.11, 17.03, null), CancellationToken.None);
            Assert.Empty(errors);
        }

        var renamed = await WaitAsync(app, new SearchRequest("Бреслау"), r => r.Total == 4);
        Assert.Equal(["networkEvent", "partnership"], renamed.Facets.Type.Select(f => f.Value).Order(StringComparer.Ordinal));
        Assert.Contains(renamed.Hits, h => h.Title == "Харківська міська громада — Бреслау");
        Assert.Equal(0, Search(app, new SearchRequest("Вроцлав Wrocław")).Total);
    }

    [Fact]
    public async Task Renaming_a_site_with_more_pages_than_one_commit_holds_renames_every_page()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        const int pages = 520; // more than one dependents page (200) and more owners than one commit (500)
        await PublishPagesAsync(app, sites.Kharkiv, "Новина про тролейбуси", pages);
        await WaitAsync(app, new SearchRequest("тролейбуси", Site: "kharkiv"), r => r.Total == pages);

        var renameSeq = await RenameSiteAsync(app, "kharkiv", "Слобожанська тестова громада", "Slobozhanska Test Hromada");

        var index = app.Services.GetRequiredService<SearchIndex>();
        await WaitUntilAsync(() => index.Seq >= renameSeq);
        var search = app.Services.GetRequiredService<SearchService>();
        for (var page = 1; page <= (pages + 9) / 10; page++)
        {
            var response = search.Search(new SearchRequest("тролейбуси", Site: "kharkiv", Page: page));
            Assert.All(response.Hits, h => Assert.Equal("Слобожанська тестова громада", h.SiteName));
        }

        Assert.Equal(pages, search.Search(new SearchRequest("тролейбуси", Site: "kharkiv")).Total);
    }

    [Fact]
    public async Task Feed_position_passes_a_site_change_only_after_its_dependents_are_written()
    {
        var failing = new FailingDependentSource();
        using var app = CmsAppFactory.Sqlite().WithTestServices(s => s.AddScoped<ISearchDocumentSource>(_ => failing));
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        await PublishPagesAsync(app, sites.Lviv, "Концерт органної музики", 1);
        await WaitAsync(app, new SearchRequest("органної"), r => r.Total == 1);

        failing.Fail = true;
        var callsBefore = failing.Calls;
        var renameSeq = await RenameSiteAsync(app, "lviv", "Лемберзька тестова громада", "Lemberg Test Hromada");
        await WaitUntilAsync(() => failing.Calls >= callsBefore + 3);
        var index = app.Services.GetRequiredService<SearchIndex>();
        Assert.True(index.Seq < renameSeq, $"index at {index.Seq}, rename at {renameSeq}");

        failing.Fail = false;
        await WaitUntilAsync(() => index.Seq >= renameSeq);
        Assert.Equal("Лемберзька тестова громада", Assert.Single(Search(app, new SearchRequest("органної")).Hits).SiteName);
    }

    [Fact]
    public async Task A_site_change_that_leaves_its_names_alone_re_indexes_no_dependents()
    {
        var counting = new FailingDependentSource();
        using var app = CmsAppFactory.Sqlite().WithTestServices(s => s.AddScoped<ISearchDocumentSource>(_ => counting));
        await CatalogTestData.SeedSitesAsync(app.Services);
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var index = app.Services.GetRequiredService<SearchIndex>();
        var renameSeq = await RenameSiteAsync(app, "lviv", "Лемберзька тестова громада", "Lemberg Test Hromada");
        await WaitUntilAsync(() => index.Seq >= renameSeq);
        var callsAfterRename = counting.Calls;
        Assert.True(callsAfterRename > 0);

        var themeSeq = await ChangeSiteAsync(app, "lviv", s => s.Theme = "Heritage");
        await WaitUntilAsync(() => index.Seq >= themeSeq);
        Assert.Equal(callsAfterRename, counting.Calls);

        var secondRenameSeq = await RenameSiteAsync(app, "lviv", "Львівська міська громада", "Lviv City Hromada");
        await WaitUntilAsync(() => index.Seq >= secondRenameSeq);
        Assert.True(counting.Calls > callsAfterRename);
    }

    private static async Task<IReadOnlyList<Guid>> PublishPagesAsync(CmsAppFactory app, int siteId, string name, int count) =>
        await app.WithScopeAsync<IReadOnlyList<Guid>>(async sp =>
        {
            var writer = sp.GetRequiredService<ContentWriter>();
            var type = BuiltInContentTypes.All.Single(t => t.Alias == ContentTypeAliases.Home);
            var home = await writer.CreateAsync(siteId, null, type, new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, []) }, ContentAuthor.System, CancellationToken.None);
            var pageType = BuiltInContentTypes.All.Single(t => t.Alias == ContentTypeAliases.Page);
            var keys = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var title = count == 1 ? name : $"{name} {i}";
                var values = new JsonObject { ["summary"] = title, ["body"] = $"<p>{title}.</p>" };
                var item = await writer.CreateAsync(siteId, home.Id, pageType, new Dictionary<string, ContentDraft> { ["uk"] = new(title, null, values) }, ContentAuthor.System, CancellationToken.None);
                await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, CancellationToken.None);
                keys.Add(item.Key);
            }

            return keys;
        });

    private static async Task<PartnerCity> AddPartnerCityAsync(CmsAppFactory app, string nameEn, string nameUk) =>
        await app.WithScopeAsync(async sp =>
        {
            var (city, errors) = await sp.GetRequiredService<PartnerCityWriter>().CreateAsync(
                new PartnerCityDraft(nameEn, nameEn, nameUk, "PL", null, 51.11, 17.03, null), CancellationToken.None);
            Assert.Empty(errors);
            return city!;
        });

    private static Task AddPartnershipAndEventAsync(CmsAppFactory app, int siteId, int? placeSiteId, int? hostSiteId, int cityId, string titleUk, string titleEn) =>
        app.WithScopeAsync(async sp =>
        {
            var partnership = await sp.GetRequiredService<PartnershipWriter>().CreateAsync(
                new PartnershipDraft { SiteId = siteId, PartnerCityId = cityId, Status = PartnershipStatus.Active, Areas = ["culture"] }, CancellationToken.None);
            Assert.True(partnership.Succeeded);
            var start = DateTimeOffset.UtcNow.AddDays(30);
            var created = await sp.GetRequiredService<EventWriter>().CreateAsync(new EventDraft
            {
                Kind = "businessForum",
                TitleUk = titleUk,
                TitleEn = titleEn,
                StartsAt = start,
                EndsAt = start.AddHours(4),
                HostSiteId = hostSiteId,
                PlaceSiteId = placeSiteId,
                PlacePartnerCityId = placeSiteId is null ? cityId : null,
                Published = true,
            }, CancellationToken.None);
            Assert.Empty(created.Errors);
        });

    /// <summary>Renames a site the way the site import does (an update of the row, announced on the feed); returns the feed head.</summary>
    private static Task<long> RenameSiteAsync(CmsAppFactory app, string key, string nameUk, string nameEn) =>
        ChangeSiteAsync(app, key, site =>
        {
            site.NameUk = nameUk;
            site.NameEn = nameEn;
        });

    private static async Task<long> ChangeSiteAsync(CmsAppFactory app, string key, Action<Site> change) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            change(await db.Set<Site>().SingleAsync(s => s.Key == key));
            await db.SaveChangesAsync();
            return await ChangeFeedReader.LatestSeqAsync(db, CancellationToken.None);
        });

    private static SearchResponse Search(CmsAppFactory app, SearchRequest request) =>
        app.Services.GetRequiredService<SearchService>().Search(request);

    private static async Task<SearchResponse> WaitAsync(CmsAppFactory app, SearchRequest request, Func<SearchResponse, bool> condition)
    {
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var response = Search(app, request);
            if (condition(response) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not met in time");
    }

    /// <summary>A source that depends on sites, counts how often it is asked, and fails while told to (a database that drops out mid-batch).</summary>
    private sealed class FailingDependentSource : ISearchDocumentSource, ISearchDependentSource
    {
        private int _calls;

        public volatile bool Fail;

        public int Calls => Volatile.Read(ref _calls);

        public string Entity => "testDependent";

        public IReadOnlyCollection<string> DependsOn { get; } = [Site.FeedEntityName];

        public Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SearchDocument>>([]);

        public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield break;
        }

        public Task<SearchDependents> LoadDependentsAsync(string entity, string entityId, string? after, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Fail ? throw new IOException("Test: the database went away") : Task.FromResult(SearchDependents.None);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Search;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>
/// The catalog, partnerships and events reach the index through their <see cref="ISearchDocumentSource"/>s and
/// the change feed: only what is public, filterable by type, activity and country, and gone when it stops being public.
/// </summary>
public sealed class CatalogSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Verified_business_is_found_by_a_Latin_query_and_filtered_by_type_activity_and_country()
    {
        using var app = CmsAppFactory.Sqlite();
        await CatalogTestData.SeedSitesAsync(app.Services);
        await CatalogTestData.RegisterAsync(app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(1), "kharkiv", "Test: Харківський машинобудівний завод", "28"));
        await CatalogTestData.RegisterAsync(app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(2), "kharkiv", "Test: Харківська верстатобудівна компанія", "28"), state: VerificationState.Pending);
        var foreign = CatalogTestData.Foreign("PL", "Wrocław", "Test: Wrocław partner");
        foreign.KvedCodes = ["28"];
        await CatalogTestData.RegisterAsync(app.Services, foreign);

        // Kharkiv's uk and en texts and the Polish business's en text; never the pending one.
        await WaitAsync(app, new SearchRequest("test", Type: "business"), r => r.Total >= 3);
        var found = Search(app, new SearchRequest("Kharkiv machinery"));
        var top = found.Hits[0];
        Assert.Equal("Test: Харківський машинобудівний завод", top.Title);
        Assert.Equal("business", top.Type);
        Assert.Equal("kharkiv", top.SiteKey);
        Assert.DoesNotContain(found.Hits, h => h.Title.Contains("верстатобудівна", StringComparison.Ordinal));

        var byCountry = Search(app, new SearchRequest("machinery", Type: "business", Country: "PL"));
        Assert.Equal("Test: Wrocław partner", Assert.Single(byCountry.Hits).Title);
        var byActivity = Search(app, new SearchRequest("Харків", Type: "business", Activity: "C"));
        Assert.All(byActivity.Hits, h => Assert.Equal("Test: Харківський машинобудівний завод", h.Title));
        Assert.NotEmpty(byActivity.Hits);
        Assert.Empty(Search(app, new SearchRequest("Харків", Type: "business", Activity: "J")).Hits);

        var all = Search(app, new SearchRequest("machinery"));
        Assert.Contains(all.Facets.Country, f => f.Value == "PL" && f.Count == 1);
        Assert.Contains(all.Facets.Activity, f => f.Value == "C");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Suspending_a_business_removes_it_with_its_items_and_projects_and_reinstating_brings_them_back(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var business = await CatalogTestData.RegisterAsync(app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(3), "lviv", "Test: Львівська пекарня", "10"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var showroom = scope.ServiceProvider.GetRequiredService<ShowroomEditing>();
            var item = await showroom.CreateAsync(TestActor.User("owner-1"), business.Id, new ShowroomItemDraft
            {
                Kind = ShowroomItemKind.Product,
                KvedCode = "10",
                Texts = new() { ["uk"] = new ShowroomItemText { Name = "Житній хліб на заквасці", Description = "Тестовий виріб." } },
            }, CancellationToken.None);
            Assert.True(item.Succeeded, string.Join("; ", item.Errors.SelectMany(e => e.Value)));
            var project = await scope.ServiceProvider.GetRequiredService<ProjectEditing>().CreateAsync(TestActor.User("owner-1"), new ProjectDraft
            {
                BusinessId = business.Id,
                Sector = "C",
                LocationSiteId = sites.Lviv,
                Stage = ProjectStage.Idea,
                Status = ProjectStatus.Open,
                Texts = new() { ["uk"] = new ProjectText { Title = "Нова лінія заквасочного хліба", Description = "Тестовий проєкт." } },
            }, CancellationToken.None);
            Assert.True(project.Succeeded, string.Join("; ", project.Errors.SelectMany(e => e.Value)));
        }

        var request = new SearchRequest("заквасці Lviv");
        var before = await WaitAsync(app, request, r => r.Facets.Type.Count == 3);
        Assert.Contains(before.Facets.Type, f => f.Value == "showroomItem" && f.Count == 1);
        Assert.Contains(before.Facets.Type, f => f.Value == "project" && f.Count == 1);
        Assert.Equal(2, Search(app, new SearchRequest("пекарня", Type: "business")).Total); // its uk and en texts

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var suspended = await scope.ServiceProvider.GetRequiredService<BusinessModeration>().SuspendAsync(TestActor.NetworkAdmin("admin"), business.Id, "Test complaint", CancellationToken.None);
            Assert.True(suspended.Succeeded);
        }

        var gone = await WaitAsync(app, new SearchRequest("пекарня заквасці хліба"), r => r.Total == 0);
        Assert.Equal(0, gone.Total);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<BusinessModeration>().ReinstateAsync(TestActor.NetworkAdmin("admin"), business.Id, CancellationToken.None)).Succeeded);
        }

        var back = await WaitAsync(app, new SearchRequest("пекарня заквасці хліба"), r => r.Facets.Type.Count == 3);
        Assert.Equal(["business", "project", "showroomItem"], back.Facets.Type.Select(f => f.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Public_partnerships_and_published_events_are_found_and_private_ones_are_not()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var wroclaw = new PartnerCity { Key = Guid.NewGuid(), NameNative = "Wrocław", NameEn = "Wrocław", NameUk = "Вроцлав", CountryCode = "PL", CreatedAt = DateTimeOffset.UtcNow };
            var lublin = new PartnerCity { Key = Guid.NewGuid(), NameNative = "Lublin", NameEn = "Lublin", NameUk = "Люблін", CountryCode = "PL", CreatedAt = DateTimeOffset.UtcNow };
            db.AddRange(wroclaw, lublin);
            await db.SaveChangesAsync();
            var writer = scope.ServiceProvider.GetRequiredService<PartnershipWriter>();
            Assert.True((await writer.CreateAsync(new PartnershipDraft { SiteId = sites.Lviv, PartnerCityId = wroclaw.Id, Status = PartnershipStatus.Active, Areas = ["culture"] }, CancellationToken.None)).Succeeded);
            Assert.True((await writer.CreateAsync(new PartnershipDraft { SiteId = sites.Kharkiv, PartnerCityId = lublin.Id, Status = PartnershipStatus.Proposed }, CancellationToken.None)).Succeeded);
            var events = scope.ServiceProvider.GetRequiredService<EventWriter>();
            var start = DateTimeOffset.UtcNow.AddDays(30);
            var published = await events.CreateAsync(new EventDraft { Kind = "businessForum", TitleUk = "Тестовий бізнес-форум у Харкові", TitleEn = "Test business forum in Kharkiv", StartsAt = start, EndsAt = start.AddHours(4), HostSiteId = sites.Kharkiv, PlaceSiteId = sites.Kharkiv, Published = true }, CancellationToken.None);
            Assert.Empty(published.Errors);
            var draft = await events.CreateAsync(new EventDraft { Kind = "businessForum", TitleUk = "Тестовий прихований форум у Харкові", TitleEn = "Test hidden forum in Kharkiv", StartsAt = start, EndsAt = start.AddHours(4), HostSiteId = sites.Kharkiv, Published = false }, CancellationToken.None);
            Assert.Empty(draft.Errors);
        }

        var partnership = await WaitAsync(app, new SearchRequest("Вроцлав"), r => r.Total > 0);
        var hit = Assert.Single(partnership.Hits);
        Assert.Equal("partnership", hit.Type);
        Assert.Equal("lviv", hit.SiteKey);
        Assert.Empty(Search(app, new SearchRequest("Lublin")).Hits);

        var forum = await WaitAsync(app, new SearchRequest("forum Kharkiv", Type: "networkEvent"), r => r.Total > 0);
        Assert.All(forum.Hits, h => Assert.DoesNotContain("hidden", h.Title, StringComparison.Ordinal));
        Assert.All(forum.Hits, h => Assert.DoesNotContain("прихований", h.Title, StringComparison.Ordinal));
        Assert.Equal(2, forum.Total); // the published event in Ukrainian and English, not the hidden one
        Assert.Contains(Search(app, new SearchRequest("Wroclaw", Country: "PL")).Facets.Type, f => f.Value == "partnership");
    }

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
}

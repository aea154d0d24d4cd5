using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>
/// Catalog and events pages in Chromium, checked by axe, on a Default-theme city (Lviv), a Heritage-theme city
/// (Kharkiv) and the hub; and an inquiry sent from a showroom page, first with an error, then accepted. Run once per
/// database provider by <see cref="CatalogPagesInBrowserOnSqliteTests"/> and <see cref="CatalogPagesInBrowserOnPostgresTests"/>.
/// </summary>
public abstract class CatalogPagesInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server, DatabaseProvider provider)
{
    public static TheoryData<string, string> Pages() => new()
    {
        { "lviv.localhost", "/en/catalog" },
        { "lviv.localhost", "/catalog/projects" },
        { "lviv.localhost", "showroom" },
        { "lviv.localhost", "project" },
        { "lviv.localhost", "/en/events" },
        { "lviv.localhost", "event" },
        { "lviv.localhost", "/" },
        { "kharkiv.localhost", "/en/catalog" },
        { "kharkiv.localhost", "/catalog/projects" },
        { "kharkiv.localhost", "showroom" },
        { "kharkiv.localhost", "project" },
        { "kharkiv.localhost", "/en/events" },
        { "kharkiv.localhost", "event" },
        { "kharkiv.localhost", "/" },
        { "localhost", "/en/catalog" },
        { "localhost", "/events" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Catalog_and_events_pages_have_no_axe_violations_in_both_themes(string host, string page)
    {
        var seeded = await SeedAsync();
        var key = host.Split('.')[0];
        var path = page switch
        {
            "showroom" => "/en" + PublicCatalogData.ShowroomPath(seeded.Businesses[key]),
            "project" => $"/en/catalog/projects/{seeded.Projects[key]:D}",
            "event" => $"/en/events/{seeded.Events[key]:D}",
            _ => page,
        };
        var tab = await chromium.NewPageAsync();
        try
        {
            var response = await tab.GotoAsync(server.UrlFor(host, path).ToString());
            Assert.Equal(200, response?.Status);
            if (page == "showroom")
            {
                Assert.Equal(1, await tab.Locator("form.inquiry-form").CountAsync());
            }

            Assert.All(server.Requests, r => Assert.EndsWith("localhost", r.Host.Split(':')[0], StringComparison.Ordinal));
            await AxeAssert.NoViolationsAsync(tab);
        }
        finally
        {
            await tab.CloseAsync();
        }
    }

    [Fact]
    public async Task A_visitor_sends_an_inquiry_from_a_showroom_after_correcting_an_error()
    {
        var seeded = await SeedAsync();
        var tab = await chromium.NewPageAsync();
        try
        {
            await tab.GotoAsync(server.UrlFor("lviv.localhost", "/en" + PublicCatalogData.ShowroomPath(seeded.Businesses["lviv"])).ToString());
            await tab.FillAsync("#inquiry-subject", "Test: rye for Wrocław shops");
            await tab.FillAsync("#inquiry-message", "We would like to order rye bread. This is a browser test message.");
            await tab.FillAsync("#inquiry-fromName", "Test Buyer");
            await tab.FillAsync("#inquiry-fromEmail", "browser-buyer@example.org");

            // Without consent the page comes back with an error summary that links to the box, and keeps the text.
            await tab.ClickAsync("form.inquiry-form button[type=submit]");
            Assert.Equal(1, await tab.Locator(".error-summary a[href='#inquiry-consentGiven']").CountAsync());
            Assert.Equal("Test: rye for Wrocław shops", await tab.InputValueAsync("#inquiry-subject"));
            await AxeAssert.NoViolationsAsync(tab);

            await tab.CheckAsync("#inquiry-consentGiven");
            await tab.ClickAsync("form.inquiry-form button[type=submit]");
            Assert.Equal("Inquiry sent", await tab.Locator("h1").InnerTextAsync());
            Assert.EndsWith("/inquiry-sent", tab.Url, StringComparison.Ordinal);
            await AxeAssert.NoViolationsAsync(tab);

            var stored = await server.App.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>()
                .SingleAsync(i => i.FromEmail == "browser-buyer@example.org"));
            Assert.Equal(seeded.Businesses["lviv"].Id, stored.BusinessId);
        }
        finally
        {
            await tab.CloseAsync();
        }
    }

    private sealed record Seeded(Dictionary<string, Business> Businesses, Dictionary<string, Guid> Projects, Dictionary<string, Guid> Events);

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>One seed per server: xunit makes a new test-class instance per test, the fixture lives for the class.</summary>
    private static readonly ConditionalWeakTable<LiveCmsServer, Seeded> SeededByServer = [];

    /// <summary>Lviv on the Default theme and Kharkiv on Heritage, each with a verified business, a project and an event.</summary>
    private async Task<Seeded> SeedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (SeededByServer.TryGetValue(server, out var earlier))
            {
                return earlier;
            }

            // The fixture really is on the provider this class is named for (not silently on SQLite).
            Assert.Equal(provider, server.Provider);
            Assert.Contains(provider == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite", await server.EfProviderNameAsync(), StringComparison.Ordinal);

            var sites = await server.App.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<CmsDbContext>();
                var lviv = RealSites.Lviv();
                var kharkiv = RealSites.Kharkiv();
                kharkiv.Theme = "Heritage";
                db.AddRange(lviv, kharkiv);
                await db.SaveChangesAsync();
                sp.GetRequiredService<SiteDirectory>().Invalidate();
                return new Dictionary<string, int> { ["lviv"] = lviv.Id, ["kharkiv"] = kharkiv.Id };
            });
            var seeded = new Seeded([], [], []);
            var number = 0;
            foreach (var (key, siteId) in sites)
            {
                number++;
                var request = Ukrainian(ValidEdrpou(500 + number), key, $"Test: {key} bakery", "10");
                request.ExportMarkets = ["PL"];
                var business = await RegisterAsync(server.App.Services, request, owner: "browser-" + key);
                seeded.Businesses[key] = business;
                await server.App.WithScopeAsync(async sp =>
                {
                    var item = CatalogVisibilityTests.Item("Test: rye bread", "10", export: true);
                    Assert.True((await sp.GetRequiredService<ShowroomEditing>().CreateAsync(TestActor.User("browser-" + key), business.Id, item, CancellationToken.None)).Succeeded);
                    var draft = CatalogVisibilityTests.Project(business.Id, ProjectStatus.Open);
                    draft.LocationSiteId = siteId;
                    seeded.Projects[key] = (await sp.GetRequiredService<ProjectEditing>().CreateAsync(TestActor.User("browser-" + key), draft, CancellationToken.None)).Value!.Id;
                    var (created, _) = await sp.GetRequiredService<EventWriter>().CreateAsync(new EventDraft
                    {
                        Kind = "tradeMission",
                        TitleUk = $"Test: місія {key}",
                        TitleEn = $"Test: {key} trade mission",
                        DescriptionEn = "A test event, not a real one.",
                        StartsAt = DateTimeOffset.UtcNow.AddDays(14),
                        EndsAt = DateTimeOffset.UtcNow.AddDays(15),
                        HostSiteId = siteId,
                        PlaceSiteId = siteId,
                        LinkedBusinessKeys = [business.Id],
                        RegistrationUrl = "https://example.org/register",
                        Published = true,
                    }, CancellationToken.None);
                    seeded.Events[key] = created!.Key;
                });
            }

            SeededByServer.Add(server, seeded);
            return seeded;
        }
        finally
        {
            Gate.Release();
        }
    }
}

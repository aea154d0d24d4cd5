using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Import;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

/// <summary>Lviv's "Sister cities" page with its real partners from twin-towns.csv, in Chromium, checked by axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SisterCitiesPageInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Theory]
    [InlineData("/en/sister-cities", "Sister cities", "Poland")]
    [InlineData("/sister-cities", "Міста-побратими", "Польща")]
    public async Task A_citys_sister_cities_page_lists_its_real_partners_on_a_local_map(string path, string heading, string poland)
    {
        await server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            if (!db.Set<Site>().Any(s => s.Key == "lviv"))
            {
                await RealSites.AddAsync(db, RealSites.Lviv());
                await sp.GetRequiredService<TwinTownImport>().ImportFileAsync(Path.Combine(RepoPaths.OpenData, "twin-towns.csv"), default);
                sp.GetRequiredService<SiteDirectory>().Invalidate();
            }
        });

        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.UrlFor("lviv.localhost", path).ToString());
            Assert.Equal(200, response?.Status);
            Assert.Equal(heading, await page.Locator("h1").InnerTextAsync());
            var partners = await page.Locator(".partner-list h2").AllInnerTextsAsync();
            Assert.Contains("Wrocław", partners);
            Assert.Contains("Lublin", partners);
            Assert.Contains(poland, await page.Locator(".partner-list").InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("figure.partner-map svg[role=img]").CountAsync());
            // The menu links to the page on every site.
            Assert.True(await page.Locator($"nav a:has-text(\"{heading}\")").CountAsync() > 0);
            // No request left this machine's server while the page loaded.
            Assert.All(server.Requests, r => Assert.Equal("lviv.localhost", r.Host.Split(':')[0]));
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_search_page_and_its_alert_free_layout_pass_axe()
    {
        await server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            if (!db.Set<Site>().Any(s => s.Key == "lviv"))
            {
                await RealSites.AddAsync(db, RealSites.Lviv());
                sp.GetRequiredService<SiteDirectory>().Invalidate();
            }
        });

        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.UrlFor("lviv.localhost", "/en/search?q=Wroclaw&all=1").ToString());
            Assert.Equal(200, response?.Status);
            Assert.Equal("Wroclaw", await page.Locator("#search-q").InputValueAsync());
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

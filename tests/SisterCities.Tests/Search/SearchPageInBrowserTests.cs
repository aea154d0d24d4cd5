using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>
/// axe on the theme's search page with results from every city and with a "did you mean", in both themes. The page
/// carries no script at all, so what axe checks here is also what a visitor without JavaScript gets.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Fact]
    public async Task Results_of_all_cities_and_did_you_mean_pass_axe_in_both_themes_without_scripts()
    {
        await TestCitySiteWriter.CreateWithNewsAsync(server.App, TestCitySite.Lviv);
        await TestCitySiteWriter.CreateWithNewsAsync(server.App, TestCitySite.Kharkiv);
        await server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var kharkiv = await db.Set<Site>().SingleAsync(s => s.Key == TestCitySite.Kharkiv.Key);
            kharkiv.Theme = "Heritage";
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
        });
        var search = server.App.Services.GetRequiredService<SearchService>();
        await server.App.Services.GetRequiredService<SearchIndexer>().Ready;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (search.Search(new SearchRequest("автоматичної перевірки")).Total < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        foreach (var city in new[] { TestCitySite.Lviv, TestCitySite.Kharkiv })
        {
            var page = await chromium.NewPageAsync();
            try
            {
                // Results from both cities ("all cities" selected).
                var response = await page.GotoAsync(server.UrlFor(city.Hostname, "/search?q=автоматичної+перевірки&all=1").ToString());
                Assert.Equal(200, response?.Status);
                Assert.True(await page.Locator("ol.search-results > li").CountAsync() >= 2);
                Assert.Equal("true", await page.Locator(".search-scope a[aria-current]").GetAttributeAsync("aria-current"));
                Assert.Equal(0, await page.Locator("script").CountAsync());
                await AxeAssert.NoViolationsAsync(page);

                // A typo that finds nothing as typed: the corrected query's results and its "did you mean" link.
                await page.GotoAsync(server.UrlFor(city.Hostname, "/search?q=Тестава&all=1").ToString());
                var suggestion = page.Locator("p:has(> a) >> a[href*='q=']").First;
                Assert.True(await page.Locator("ol.search-results > li").CountAsync() > 0, await page.Locator("main").InnerTextAsync());
                Assert.True(await suggestion.CountAsync() > 0, await page.Locator("main").InnerTextAsync());
                Assert.Equal("тестова", (await suggestion.InnerTextAsync()).ToLowerInvariant());
                Assert.Equal(0, await page.Locator("script").CountAsync());
                await AxeAssert.NoViolationsAsync(page);
            }
            finally
            {
                await page.CloseAsync();
            }
        }
    }
}

using Microsoft.Playwright;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>axe (WCAG 2.x A/AA and best practices) on the backoffice search index page, before and after a rebuild.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchIndexPageInBrowserTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Search_index_page_and_its_rebuild_result_have_no_axe_violations()
    {
        await using var bed = await BackofficeTestBed.StartAsync(kestrel: true);
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        var site = bed.BaseAddress;
        var page = await chromium.NewPageAsync();

        // A hang guard for a machine shared by many builds, not a performance threshold.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(site + "/backoffice/sign-in");
        await page.FillAsync("#f-Email", "root@network.example");
        await page.FillAsync("#f-Password", BackofficeTestBed.Password);
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync(site + "/backoffice");

        var response = await page.GotoAsync(site + "/backoffice/search-index");
        Assert.Equal(200, response?.Status);
        Assert.Equal("Search index", await page.Locator("h1").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(page);

        // The button starts a rebuild; the page reloads itself (meta refresh) until the result is shown.
        await page.ClickAsync("button >> text=Rebuild the search index");
        var result = page.Locator("[role=status] >> text=Last rebuild finished");
        await result.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await AxeAssert.NoViolationsAsync(page);
    }
}

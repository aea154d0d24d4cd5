using Microsoft.Playwright;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Sites;

/// <summary>
/// Two real hromadas on one instance, opened by host name in Chromium: each shows its own name and news and
/// nothing of the other (the multi-site leak the issue forbids), and axe finds no accessibility violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitySitesInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Fact]
    public async Task Each_city_site_shows_its_own_name_and_news_by_hostname_and_passes_axe()
    {
        await TestCitySiteWriter.CreateWithNewsAsync(server.App, TestCitySite.Lviv);
        await TestCitySiteWriter.CreateWithNewsAsync(server.App, TestCitySite.Kharkiv);

        await AssertHomePageAsync(TestCitySite.Lviv, TestCitySite.Kharkiv);
        await AssertHomePageAsync(TestCitySite.Kharkiv, TestCitySite.Lviv);
    }

    private async Task AssertHomePageAsync(TestCitySite city, TestCitySite other)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.UrlFor(city.Hostname).ToString());
            Assert.NotNull(response);
            Assert.Equal(200, response.Status);

            var heading = page.Locator("h1, header").Filter(new() { HasText = city.NameUk });
            Assert.True(
                await heading.CountAsync() > 0,
                $"{city.Hostname}: no h1 or header names '{city.NameUk}'; they read: " +
                string.Join(" | ", await page.Locator("h1, header").AllInnerTextsAsync()));
            var newsLink = page.GetByRole(AriaRole.Link, new() { Name = city.NewsTitleUk });
            Assert.True(await newsLink.CountAsync() > 0, $"{city.Hostname}: no link to its news '{city.NewsTitleUk}'.");

            var text = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain(other.NameUk, text, StringComparison.Ordinal);
            Assert.DoesNotContain(other.NewsTitleUk, text, StringComparison.Ordinal);

            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

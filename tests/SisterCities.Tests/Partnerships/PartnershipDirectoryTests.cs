using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Import;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

/// <summary>The hub's directory of partnerships (a host no city claims), filterable by country and area.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnershipDirectoryTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Fact]
    public async Task The_hub_lists_every_real_partnership_and_filters_by_country_without_javascript()
    {
        await SeedAsync();
        using var client = new HttpClient();

        var all = await client.GetStringAsync(server.UrlFor("localhost", "/en/partnerships"));
        Assert.Contains("Wrocław", all, StringComparison.Ordinal);
        Assert.Contains("Graz", all, StringComparison.Ordinal);

        var polish = await client.GetStringAsync(server.UrlFor("localhost", "/en/partnerships?country=PL"));
        Assert.Contains("Wrocław", polish, StringComparison.Ordinal);
        Assert.DoesNotContain("Graz", polish, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(server.UrlFor("localhost", "/partnerships?country=Poland"))).StatusCode);
        // A city's host never serves the hub page: there it is just a path that names no content.
        using var onCityHost = new HttpRequestMessage(HttpMethod.Get, server.UrlFor("127.0.0.1", "/partnerships"));
        onCityHost.Headers.Host = $"lviv.localhost:{server.Port}";
        Assert.Equal(HttpStatusCode.NotFound, (await client.SendAsync(onCityHost)).StatusCode);

        var page = await chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(server.UrlFor("localhost", "/partnerships").ToString());
            await page.SelectOptionAsync("#f-country", "AT");
            await page.ClickAsync("form.directory-filter button");
            await page.WaitForURLAsync("**country=AT**");
            Assert.Contains("Graz", await page.Locator("table.directory").InnerTextAsync(), StringComparison.Ordinal);
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private Task SeedAsync() =>
        server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            if (!db.Set<Site>().Any(s => s.Key == "lviv"))
            {
                await RealSites.AddAsync(db, RealSites.Lviv());
                await sp.GetRequiredService<TwinTownImport>().ImportFileAsync(Path.Combine(RepoPaths.OpenData, "twin-towns.csv"), default);
                sp.GetRequiredService<SiteDirectory>().Invalidate();
            }
        });
}

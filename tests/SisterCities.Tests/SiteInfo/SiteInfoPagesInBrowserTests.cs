using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.PublicSite;

namespace SisterCities.Tests.SiteInfo;

/// <summary>The statement pages pass axe in both themes (Lviv: Heritage, Poltava: Default).</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteInfoPagesInBrowserTests(ChromiumBrowser chromium, LiveSeoNetwork network) : IClassFixture<LiveSeoNetwork>
{
    [Theory]
    [InlineData("lviv.localhost", "/accessibility")]
    [InlineData("lviv.localhost", "/en/privacy")]
    [InlineData("poltava.localhost", "/privacy")]
    [InlineData("poltava.localhost", "/en/accessibility")]
    public async Task Statement_page_has_no_axe_violation(string host, string path)
    {
        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(network.Server.UrlFor(host, path).ToString());
            Assert.Equal(200, response?.Status);
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

using Microsoft.Playwright;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>
/// The network hub's menu bar in Chromium: axe finds nothing on two hub pages, every menu link is reached with
/// the Tab key and shows a focus outline, and nothing is fetched from another host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HubNavigationInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/en/partnerships")]
    public async Task Hub_menu_passes_axe_and_every_link_is_reached_by_keyboard_with_visible_focus(string path)
    {
        var tab = await chromium.NewPageAsync();
        var requested = new List<string>();
        tab.Request += (_, request) => requested.Add(request.Url);
        try
        {
            var response = await tab.GotoAsync(server.UrlFor("localhost", path).ToString());
            Assert.Equal(200, response?.Status);
            var menu = tab.GetByRole(AriaRole.Navigation, new() { Name = path.StartsWith("/en", StringComparison.Ordinal) ? "Main menu" : "Головне меню" });
            var hrefs = await menu.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            Assert.True(hrefs.Length >= 4, $"{path}: the hub menu has {hrefs.Length} links");
            Assert.Equal(1, await menu.Locator("a[aria-current=page]").CountAsync());

            await AxeAssert.NoViolationsAsync(tab);

            // Tab from the top of the page until focus leaves the menu again, noting each menu link focused.
            var reached = new List<string>();
            for (var presses = 0; presses < 30 && reached.Count < hrefs.Length; presses++)
            {
                await tab.Keyboard.PressAsync("Tab");
                var focused = await tab.EvaluateAsync<string[]?>(
                    "() => { const a = document.activeElement; return a && a.closest('nav.menu') ? [a.getAttribute('href'), getComputedStyle(a).outlineStyle] : null; }");
                if (focused is not null)
                {
                    Assert.NotEqual("none", focused[1]);
                    reached.Add(focused[0]);
                }
            }

            Assert.Equal(hrefs, reached);
            Assert.All(requested, url => Assert.Equal("localhost", new Uri(url).Host));
        }
        finally
        {
            await tab.CloseAsync();
        }
    }
}

using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.PublicSite;

/// <summary>
/// The network hub's menu bar: every hub page (the landing page and each registered <see cref="INetworkPage"/>),
/// in both cultures, links to every hub section, each link answers 200, and the page's own section is marked.
/// </summary>
public sealed class HubNavigationTests(TwoCityNetwork network) : IClassFixture<TwoCityNetwork>
{
    [Theory]
    [InlineData("uk", "", "Головне меню", "Головна")]
    [InlineData("en", "/en", "Main menu", "Home")]
    public async Task Every_hub_page_shows_the_hub_menu_with_working_links_and_marks_its_own_section(string culture, string prefix, string menuName, string home)
    {
        var client = network.Client("localhost");
        var sections = HubSections(culture, prefix);
        Assert.True(sections.Count >= 4, "the hub has the landing page and at least the catalog, events and partnerships pages");
        var expected = sections.Select(s => (s.Name, s.Url)).ToList();
        expected[0] = (home, expected[0].Url);

        foreach (var (_, url) in sections)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await Html.ReadAsync(response);

            var menu = Menu(page, url);
            Assert.Equal(menuName, menu.GetAttribute("aria-label"));
            var links = menu.QuerySelectorAll("a").ToList();
            Assert.Equal(expected, links.Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList());
            var current = links.Where(a => a.GetAttribute("aria-current") is not null).ToList();
            Assert.Equal(url, Assert.Single(current).GetAttribute("href"));
            Assert.Equal("page", current[0].GetAttribute("aria-current"));
        }

        foreach (var (_, url) in sections)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_hub_sub_page_marks_its_section_and_a_hub_404_still_has_the_menu()
    {
        var client = network.Client("localhost");

        var projects = await client.GetAsync("/en/catalog/projects");
        Assert.Equal(HttpStatusCode.OK, projects.StatusCode);
        var current = Menu(await Html.ReadAsync(projects), "/en/catalog/projects").QuerySelectorAll("a[aria-current]").ToList();
        Assert.Equal("/en/catalog", Assert.Single(current).GetAttribute("href"));
        Assert.Equal("true", current[0].GetAttribute("aria-current"));

        var missing = await client.GetAsync("/no-such-hub-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var links = Menu(await Html.ReadAsync(missing), "/no-such-hub-page").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(HubSections("uk", "").Select(s => s.Url), links);
        Assert.Empty(Menu(await Html.ReadAsync(missing), "/no-such-hub-page").QuerySelectorAll("a[aria-current]"));
    }

    [Fact]
    public async Task A_city_site_menu_lists_its_own_pages_not_the_hubs_and_marks_the_section_of_a_sub_page()
    {
        var page = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/"));

        var hrefs = Menu(page, "lviv /").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("/partnerships", hrefs);

        // The same section marking as the hub: an article marks its news list's entry.
        var article = await Html.ReadAsync(await network.Client(RealCity.Lviv.Host).GetAsync("/news/craft-fair"));
        var current = Menu(article, "lviv /news/craft-fair").QuerySelectorAll("a[aria-current]").ToList();
        Assert.Equal("/news", Assert.Single(current).GetAttribute("href"));
        Assert.Equal("true", current[0].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task An_offer_answer_page_has_the_hub_menu_with_its_partnerships_section_marked()
    {
        var key = await network.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = db.Set<Site>().Single(s => s.Key == RealCity.Lviv.Key);
            var offer = OfferRecords.Request("hub menu", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60), lviv.Id);
            db.Add(offer);
            await db.SaveChangesAsync();
            return offer.Key;
        });

        var response = await network.Client("localhost").GetAsync($"/offers/{key}?culture=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var menu = Menu(await Html.ReadAsync(response), "/offers/{key}");
        Assert.Equal("Main menu", menu.GetAttribute("aria-label"));
        Assert.Equal(HubSections("en", "/en").Select(s => s.Url), menu.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var current = Assert.Single(menu.QuerySelectorAll("a[aria-current]"));
        Assert.Equal("/en/partnerships", current.GetAttribute("href"));
    }

    /// <summary>The hub's sections as the registered network pages define them: the landing page first.</summary>
    private List<(string Name, string Url)> HubSections(string culture, string prefix)
    {
        using var scope = network.App.Services.CreateScope();
        var pages = scope.ServiceProvider.GetServices<INetworkPage>().Where(p => p.InMenu);
        return [("", prefix + "/"), .. pages.Select(p => (p.Title(culture), prefix + p.UrlPath))];
    }

    private static IElement Menu(IDocument page, string url)
    {
        var menus = page.QuerySelectorAll("nav.menu").ToList();
        Assert.True(menus.Count == 1, $"{url}: expected one nav.menu, found {menus.Count}");
        return menus[0];
    }
}

using System.Net;
using SisterCities.Tests.PublicSite;

namespace SisterCities.Tests.SiteInfo;

/// <summary>Every city site has an accessibility statement and a privacy notice, linked from the footer of every page.</summary>
public sealed class SiteInfoPagesTests(SeoNetwork network) : IClassFixture<SeoNetwork>
{
    [Theory]
    [InlineData("lviv.localhost", "/accessibility", "Заява про доступність", "WCAG 2.1")]
    [InlineData("lviv.localhost", "/en/accessibility", "Accessibility statement", "WCAG) 2.1 at level AA")]
    [InlineData("poltava.localhost", "/privacy", "Конфіденційність", "Про захист персональних даних")]
    [InlineData("poltava.localhost", "/en/privacy", "Privacy", "no tracking cookies")]
    public async Task Statement_pages_render_in_the_site_theme_and_language_with_the_city_name(string host, string path, string heading, string phrase)
    {
        var response = await network.Client(host).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);

        Assert.Equal(heading, page.QuerySelector("main h1")!.TextContent.Trim());
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains(phrase, main, StringComparison.Ordinal);
        var city = path.StartsWith("/en/", StringComparison.Ordinal) ? (host.StartsWith("lviv", StringComparison.Ordinal) ? "Lviv" : "Poltava") : (host.StartsWith("lviv", StringComparison.Ordinal) ? "Льв" : "Полтав");
        Assert.Contains(city, main, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(page.Attr("meta[name=description]", "content")));
    }

    [Theory]
    [InlineData("lviv.localhost")] // Heritage
    [InlineData("poltava.localhost")] // Default
    public async Task Footer_links_the_statements_and_the_menu_does_not(string host)
    {
        var page = await Html.ReadAsync(await network.Client(host).GetAsync("/en/news/session"));

        Assert.Equal(["/en/accessibility", "/en/privacy"], page.QuerySelectorAll("footer .footer-links a").Select(a => a.GetAttribute("href")!).ToList());
        Assert.DoesNotContain("Privacy", page.Texts(".menu a"));
        Assert.DoesNotContain("Accessibility statement", page.Texts(".menu a"));
    }
}

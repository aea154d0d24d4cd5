using SisterCities.Cms.Security;
using Xunit.Sdk;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Proves the browser test set-up itself, independent of any theme: Chromium reaches the real host on its
/// loopback port by a <c>*.localhost</c> name, the host resolves the site from that name, and the axe check
/// fails, naming each violation, on a page that has them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserInfrastructureTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Fact]
    public async Task Chromium_reaches_the_host_by_a_localhost_subdomain_and_the_host_resolves_that_site()
    {
        await TestCitySiteWriter.CreateWithNewsAsync(server.App, TestCitySite.Lviv);
        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.UrlFor(TestCitySite.Lviv.Hostname, "/infrastructure-probe").ToString());
            Assert.NotNull(response);
            Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, await response.HeaderValueAsync("content-security-policy"));

            await page.GotoAsync(server.UrlFor("no-such-city.localhost", "/infrastructure-probe").ToString());
        }
        finally
        {
            await page.CloseAsync();
        }

        var probes = server.Requests.Where(r => r.Path == "/infrastructure-probe").ToList();
        Assert.Contains(new RecordedRequest($"lviv.localhost:{server.Port}", "/infrastructure-probe", "lviv", 404), probes);
        Assert.Contains(new RecordedRequest($"no-such-city.localhost:{server.Port}", "/infrastructure-probe", null, 404), probes);
    }

    [Fact]
    public async Task Axe_check_fails_and_names_each_violation_of_a_page_without_title_or_language()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            // Chromium's own empty document has neither <title> nor lang: two violations axe always reports.
            // (Any page of the host may gain a theme, so the known-bad page comes from the browser.)
            await page.GotoAsync("about:blank");
            var failure = await Assert.ThrowsAsync<FailException>(() => AxeAssert.NoViolationsAsync(page));

            Assert.Contains("document-title [serious] html", failure.Message, StringComparison.Ordinal);
            Assert.Contains("html-has-lang [serious] html", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

using Microsoft.Playwright;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>
/// Pages with JSON-LD in Chromium under the real CSP (<c>script-src 'self'</c>): the data block is not a script,
/// so no violation may be reported; and the Heritage theme passes axe on its home and article pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FindableInBrowserTests(ChromiumBrowser chromium, LiveSeoNetwork network) : IClassFixture<LiveSeoNetwork>
{
    /// <summary>Chromium fires <c>securitypolicyviolation</c> for every blocked resource or inline script.</summary>
    private const string ViolationListener =
        "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Theory]
    [InlineData("lviv.localhost", "/")]
    [InlineData("lviv.localhost", "/news/session")]
    [InlineData("lviv.localhost", "/en/news/session")]
    [InlineData("lviv.localhost", "/city-day")]
    [InlineData("poltava.localhost", "/")]
    [InlineData("poltava.localhost", "/news/session")]
    public async Task Page_with_json_ld_reports_no_csp_violation_and_no_axe_violation(string host, string path)
    {
        var page = await chromium.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => messages.Add("pageerror: " + error);
        try
        {
            await page.AddInitScriptAsync(ViolationListener);
            var response = await page.GotoAsync(network.Server.UrlFor(host, path).ToString());
            Assert.Equal(200, response?.Status);
            Assert.NotNull(response!.Headers.GetValueOrDefault("content-security-policy"));

            // The data block is in the DOM, and the hostile title did not open a second script.
            var json = await page.Locator("script[type='application/ld+json']").TextContentAsync();
            Assert.False(string.IsNullOrEmpty(json));
            Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
            var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
            Assert.Empty(violations);
            Assert.DoesNotContain(messages, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(messages, m => m.StartsWith("pageerror", StringComparison.Ordinal));
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_violation_listener_does_report_an_inline_script_so_the_check_above_can_fail()
    {
        var page = await chromium.NewPageAsync();
        try
        {
            await page.AddInitScriptAsync(ViolationListener);
            await page.GotoAsync(network.Server.UrlFor("lviv.localhost", "/").ToString());
            await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.head.appendChild(s); }");
            await page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");

            Assert.StartsWith("script-src", (await page.EvaluateAsync<string[]>("() => window.__cspViolations"))[0], StringComparison.Ordinal);
            Assert.False(await page.EvaluateAsync<bool>("() => window.__ran === true"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}

using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;

namespace SisterCities.Tests.Backoffice;

/// <summary>The review path in a real browser (Debian's Chromium), with axe on every backoffice page it passes.</summary>
public sealed class BackofficeBrowserTests
{
    [Fact]
    public async Task Author_drafts_and_submits_editor_approves_in_the_browser_and_axe_finds_no_serious_violations()
    {
        await using var bed = await BackofficeTestBed.StartAsync(kestrel: true);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Нова велодоріжка");
        var site = bed.BaseAddress;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
        var problems = new List<string>();

        var author = await SignInAsync(browser, site, "author@lviv.example");
        foreach (var path in new[] { "/backoffice", "/backoffice/sites/lviv", $"/backoffice/content/{key}?culture=uk", $"/backoffice/content/{key}/history?culture=uk", "/backoffice/profile" })
        {
            await author.GotoAsync(site + path);
            await CheckAxeAsync(author, path, problems);
        }

        await author.GotoAsync(site + $"/backoffice/content/{key}?culture=uk");
        await author.FillAsync("#f-values-summary", "Від Стрийського парку до Сихова.");
        await author.ClickAsync("text=Save draft");
        await author.WaitForURLAsync("**saved=1**");
        await author.ClickAsync("text=Submit for review");
        await author.WaitForLoadStateAsync();

        var editor = await SignInAsync(browser, site, "editor@lviv.example");
        await editor.GotoAsync(site + $"/backoffice/content/{key}?culture=uk");
        await CheckAxeAsync(editor, "edit page in review", problems);
        await editor.ClickAsync("text=Approve and publish");
        await editor.WaitForLoadStateAsync();
        foreach (var path in new[] { "/backoffice/sites/lviv/audit" })
        {
            await editor.GotoAsync(site + path);
            await CheckAxeAsync(editor, path, problems);
        }

        Assert.Empty(problems);
        Assert.Empty(ConsoleErrors);
        Assert.Equal("rgb(16, 36, 62)", await editor.EvalOnSelectorAsync<string>("header.top", "e => getComputedStyle(e).backgroundColor"));
        var variant = await bed.VariantAsync(key);
        Assert.Equal(ContentState.Published, variant.State);
        Assert.NotNull(variant.PublishedVersionId);

        // The site's home and news list are live too (published earlier by the editors, as on any real site) ...
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SisterCities.Cms.Data.CmsDbContext>();
            var writer = sp.GetRequiredService<ContentWriter>();
            foreach (var ancestor in await db.Set<ContentItem>().Where(i => i.SiteId == bed.LvivId && i.Key != key).Select(i => i.Key).ToListAsync())
            {
                await writer.PublishAsync(ancestor, "uk", ContentAuthor.System, CancellationToken.None);
            }
        });

        // ... so a citizen now reads the article on Lviv's site, and a front-end app gets it from the Delivery API.
        var citizen = await (await browser.NewContextAsync()).NewPageAsync();
        var response = await citizen.GotoAsync(site + "/s/lviv" + variant.UrlPath);
        Assert.Equal(200, response?.Status);
        Assert.Equal("Нова велодоріжка", await citizen.Locator("main h1").InnerTextAsync());
        Assert.Contains("Від Стрийського парку до Сихова.", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAxeAsync(citizen, "published article", problems);
        Assert.Empty(problems);

        using var api = new HttpClient();
        api.DefaultRequestHeaders.Add("Start-Item", "lviv");
        using var item = await api.GetAsync(site + $"/umbraco/delivery/api/v2/content/item/{key}");
        Assert.Equal(System.Net.HttpStatusCode.OK, item.StatusCode);
        Assert.Contains("Нова велодоріжка", await item.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> ConsoleErrors = [];

    private static async Task<IPage> SignInAsync(IBrowser browser, string site, string email)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        // CSP violations and failed requests show up as console errors: the backoffice must have none.
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/backoffice/sign-in", StringComparison.Ordinal))
            {
                ConsoleErrors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(site + "/backoffice/sign-in");
        await page.FillAsync("#f-Email", email);
        await page.FillAsync("#f-Password", BackofficeTestBed.Password);
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync(site + "/backoffice");
        return page;
    }

    private static async Task CheckAxeAsync(IPage page, string name, List<string> problems)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        problems.AddRange(result.Violations
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
    }
}

using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Backoffice;

/// <summary>The rich-text editor, scheduled publishing and theme settings in Debian's Chromium, with axe on the pages.</summary>
public sealed class EditorBrowserTests
{
    [Fact]
    public async Task Editor_formats_text_with_the_keyboard_toolbar_and_the_stored_html_is_formatted_and_sanitized()
    {
        await using var bed = await BackofficeTestBed.StartAsync(kestrel: true);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Графік вивезення сміття", "<p>Вступ.</p>");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, errors) = await SignInAsync(browser, bed.BaseAddress, "author@lviv.example");

        await page.GotoAsync(bed.BaseAddress + $"/backoffice/content/{key}?culture=uk");
        var toolbar = page.Locator("[role=toolbar]");
        var editor = page.Locator(".rte-editor");
        Assert.True(await page.Locator("textarea[name='v.body']").IsHiddenAsync());
        Assert.Equal("Вступ.", (await editor.InnerTextAsync()).Trim());
        Assert.Equal(9, await toolbar.Locator("button").CountAsync());
        Assert.Equal(1, await toolbar.Locator("button[tabindex='0']").CountAsync());
        await AssertNoSeriousAxeViolationsAsync(page, "edit page with the editor");

        // A heading from the toolbar, reached with Tab and the arrow keys.
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Розклад");
        await toolbar.Locator("button").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await toolbar.Locator("button:text-is('Heading 2')").GetAttributeAsync("aria-pressed"));

        // Bold: arrow right twice from H2 lands on B; pressing it turns bold on for what is typed next.
        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await toolbar.Locator("button:text-is('Heading 2')").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Bold", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Щосереди");
        Assert.Equal("true", await toolbar.Locator("button:text-is('Bold')").GetAttributeAsync("aria-pressed"));

        // A bulleted list by mouse.
        await page.Keyboard.PressAsync("Enter");
        await toolbar.Locator("button:text-is('Bold')").ClickAsync();
        await toolbar.Locator("button:text-is('Bulleted list')").ClickAsync();
        await page.Keyboard.TypeAsync("Сихів");

        // Something hostile arriving in the editable area (a paste, a browser extension): the server removes it.
        // (The CSP refuses to run its handler, which Chromium logs; that log line is the CSP working, not a fault.)
        Assert.Empty(errors);
        await page.EvaluateAsync("document.querySelector('.rte-editor').insertAdjacentHTML('beforeend', '<p onclick=\"steal()\">Кінець <a href=\"javascript:alert(1)\">тут</a></p>')");

        await page.ClickAsync("text=Save draft");
        await page.WaitForURLAsync("**saved=1**");

        var body = await StoredBodyAsync(bed, key);
        Assert.Contains("<h2>Розклад</h2>", body, StringComparison.Ordinal);
        Assert.Matches("<(b|strong)>Щосереди</(b|strong)>", body);
        Assert.Matches("<ul><li>Сихів(<br>)?</li></ul>", body);
        Assert.Contains("Вступ.", body, StringComparison.Ordinal);
        Assert.Contains("Кінець", body, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", body, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", body, StringComparison.Ordinal);

        // The editor loads what was stored.
        Assert.Equal("Розклад", await page.Locator(".rte-editor h2").InnerTextAsync());
        Assert.All(errors, e => Assert.Contains("Content Security Policy", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editor_schedules_a_publish_in_the_browser_and_the_article_appears_on_the_city_site_and_in_the_Delivery_API()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock, kestrel: true);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Відкриття нового скверу", "<p>Сквер на вулиці Липинського відкриють у суботу.</p>");
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var writer = sp.GetRequiredService<ContentWriter>();
            foreach (var ancestor in await db.Set<ContentItem>().Where(i => i.SiteId == bed.LvivId && i.Key != key).OrderBy(i => i.Level).Select(i => i.Key).ToListAsync())
            {
                await writer.PublishAsync(ancestor, "uk", ContentAuthor.System, CancellationToken.None);
            }
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, errors) = await SignInAsync(browser, bed.BaseAddress, "editor@lviv.example");

        await page.GotoAsync(bed.BaseAddress + $"/backoffice/content/{key}?culture=uk");
        var due = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddHours(2), KyivTime.Zone);
        await page.SelectOptionAsync("#f-action", "publish");
        await page.FillAsync("#f-due", due.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.ClickAsync("button:text-is('Schedule')");
        await page.WaitForLoadStateAsync();
        Assert.Contains("publish at " + due.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), await page.Locator("section[aria-labelledby=schedule] ul").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await AssertNoSeriousAxeViolationsAsync(page, "edit page with a schedule");

        var variant = await bed.VariantAsync(key);
        var citizen = await (await browser.NewContextAsync()).NewPageAsync();
        Assert.Equal(404, (await citizen.GotoAsync(bed.BaseAddress + "/s/lviv" + variant.UrlPath))?.Status);

        // Two hours later the scheduler's round (the hosted service's own method, on the app's clock) publishes it.
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await bed.App.Services.GetRequiredService<ScheduledPublishingService>().RunOnceAsync(CancellationToken.None);

        var response = await citizen.GotoAsync(bed.BaseAddress + "/s/lviv" + variant.UrlPath);
        Assert.Equal(200, response?.Status);
        Assert.Equal("Відкриття нового скверу", await citizen.Locator("main h1").InnerTextAsync());
        Assert.Contains("Сквер на вулиці Липинського відкриють у суботу.", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await citizen.GotoAsync(bed.BaseAddress + "/s/lviv/");
        Assert.Contains("Відкриття нового скверу", await citizen.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        using var api = new HttpClient();
        api.DefaultRequestHeaders.Add("Start-Item", "lviv");
        using var item = await api.GetAsync(bed.BaseAddress + $"/umbraco/delivery/api/v2/content/item/{key}");
        Assert.Equal(System.Net.HttpStatusCode.OK, item.StatusCode);
        Assert.Contains("Відкриття нового скверу", await item.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Site_admin_sets_a_colour_in_the_browser_the_city_site_wears_it_and_axe_passes_the_settings_page()
    {
        await using var bed = await BackofficeTestBed.StartAsync(kestrel: true);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, errors) = await SignInAsync(browser, bed.BaseAddress, "admin@lviv.example");

        await page.GotoAsync(bed.BaseAddress + "/backoffice/sites/lviv");
        await page.ClickAsync("text=Theme settings");
        await AssertNoSeriousAxeViolationsAsync(page, "theme settings");

        await page.FillAsync("#f-primaryColour", "#777777");
        await page.ClickAsync("text=Save settings");
        Assert.Contains("contrast 4.47:1, needs at least 4.5:1", await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoSeriousAxeViolationsAsync(page, "theme settings with an error");

        await page.FillAsync("#f-primaryColour", "#1a4d2e");
        await page.FillAsync("#f-footerTextUk", "Львівська міська рада");
        await page.ClickAsync("text=Save settings");
        await page.WaitForURLAsync("**saved=true**");

        var citizen = await (await browser.NewContextAsync()).NewPageAsync();
        await citizen.GotoAsync(bed.BaseAddress + "/s/lviv/");
        Assert.Equal("rgb(26, 77, 46)", await citizen.EvalOnSelectorAsync<string>(".site-header", "e => getComputedStyle(e).backgroundColor"));
        Assert.Contains("Львівська міська рада", await citizen.Locator("footer").InnerTextAsync(), StringComparison.Ordinal);
        await AssertNoSeriousAxeViolationsAsync(citizen, "city home with the saved colour");
        Assert.Empty(errors);
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });

    private static Task<string> StoredBodyAsync(BackofficeTestBed bed, Guid key) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var draftId = await db.Set<ContentVariant>().Where(v => v.ItemKey == key && v.Culture == "uk").Select(v => v.DraftVersionId).SingleAsync();
            var values = await db.Set<ContentVersion>().Where(v => v.Id == draftId).Select(v => v.Values).SingleAsync();
            return JsonNode.Parse(values)!["body"]!.GetValue<string>();
        });

    /// <summary>Signs in; console errors (CSP violations included) and failed requests are collected.</summary>
    private static async Task<(IPage Page, List<string> Errors)> SignInAsync(IBrowser browser, string site, string email)
    {
        var errors = new List<string>();
        var page = await (await browser.NewContextAsync()).NewPageAsync();
        page.Console += (_, message) =>
        {
            // The browser logs every 4xx response; a refused form (422) is expected where a test provokes it.
            if (message.Type == "error" && !message.Text.Contains("status of 422", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Status != 422)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(site + "/backoffice/sign-in");
        await page.FillAsync("#f-Email", email);
        await page.FillAsync("#f-Password", BackofficeTestBed.Password);
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync(site + "/backoffice");
        return (page, errors);
    }

    private static async Task AssertNoSeriousAxeViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var problems = result.Violations
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.Empty(problems);
    }
}

using System.Text.Json.Nodes;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>
/// The whole path in Debian's Chromium: an editor builds a form, places it on a page and publishes; a citizen submits
/// with errors first, then correctly; the editor sees the entry, the e-mail is an .eml file, the CSV downloads.
/// axe runs on the builder, the entries screens and the public form page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormBuilderBrowserTests
{
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Editor_builds_and_places_a_form_citizen_submits_with_errors_then_valid_and_the_entry_mail_and_csv_appear()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: FormsBackofficeBed.Settings, kestrel: true);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var pageKey = await DraftPageAsync(bed);
        var site = bed.BaseAddress;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumBrowser.ExecutablePath(), Args = [.. ChromiumBrowser.Arguments] });
        var editor = await (await browser.NewContextAsync(new() { AcceptDownloads = true })).NewPageAsync();
        // The shared build machine can be very busy; the steps are event-driven, this only bounds a hang.
        editor.SetDefaultTimeout(120_000);
        await editor.GotoAsync(site + "/backoffice/sign-in");
        await editor.FillAsync("#f-Email", "editor@lviv.example");
        await editor.FillAsync("#f-Password", BackofficeTestBed.Password);
        await editor.ClickAsync("button[type=submit] >> text=Sign in");
        await editor.WaitForURLAsync(site + "/backoffice");

        // Build the form.
        await editor.ClickAsync("header >> text=Forms");
        await CheckAxeAsync(editor, "forms list");
        await editor.FillAsync("#c-name", "Звернення до громади");
        await editor.SelectOptionAsync("#c-owner", "lviv");
        await editor.ClickAsync("text=Create form");
        await editor.WaitForURLAsync("**/backoffice/forms/*");
        var formKey = Guid.Parse(new Uri(editor.Url).Segments.Last());
        await editor.SelectOptionAsync("#n-type", "ShortText");
        await editor.ClickAsync("button[value=add-field]");
        await editor.FillAsync("#x0-alias", "name");
        await editor.FillAsync("#x0-label-uk", "Ваше ім’я");
        await editor.FillAsync("#x0-label-en", "Your name");
        await editor.CheckAsync("#x0-required");
        await editor.SelectOptionAsync("#n-type", "Email");
        await editor.ClickAsync("button[value=add-field]");
        await editor.FillAsync("#x1-alias", "email");
        await editor.FillAsync("#x1-label-uk", "Електронна пошта");
        await editor.CheckAsync("#x1-required");
        await editor.FillAsync("#s-recipients", "office@lviv.example");
        await CheckAxeAsync(editor, "builder with fields");
        await editor.ClickAsync("button[value=save] >> nth=0");
        await editor.WaitForURLAsync("**saved=2**");
        await CheckAxeAsync(editor, "builder after save");

        // Place it on the page and publish.
        await editor.GotoAsync(site + $"/backoffice/content/{pageKey}?culture=uk");
        await editor.SelectOptionAsync("#f-values-form", new SelectOptionValue { Label = "Звернення до громади" });
        await editor.ClickAsync("text=Save draft");
        await editor.WaitForURLAsync("**saved=1**");
        await editor.ClickAsync("text=Publish now");
        await editor.WaitForSelectorAsync("button >> text=Unpublish");

        // A citizen, in a browser of their own.
        var citizen = await (await browser.NewContextAsync()).NewPageAsync();
        citizen.SetDefaultTimeout(120_000);
        var response = await citizen.GotoAsync(site + "/s/lviv/zvorotnyi-zviazok");
        Assert.Equal(200, response?.Status);
        await CheckAxeAsync(citizen, "public page with the form");
        await citizen.FillAsync("#f-email", "не адреса");
        await citizen.ClickAsync("form.sc-form button[value=submit]");
        await citizen.WaitForSelectorAsync(".sc-form__errors");
        Assert.Equal("Зворотний зв’язок", (await citizen.Locator("main h1").InnerTextAsync()).Trim());
        await CheckAxeAsync(citizen, "public page with errors");
        await citizen.ClickAsync(".sc-form__errors a[href='#f-name']");
        Assert.Equal("f-name", await citizen.EvaluateAsync<string>("document.activeElement.id"));
        await citizen.FillAsync("#f-name", "Олена Коваленко");
        await citizen.FillAsync("#f-email", "olena@lviv.example");
        await citizen.ClickAsync("form.sc-form button[value=submit]");
        await citizen.WaitForSelectorAsync(".sc-form__message");
        Assert.Contains("Дякуємо", await citizen.Locator("#form").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAxeAsync(citizen, "public page after sending");

        // The notification is an .eml file (no SMTP configured); the editor sees the entry and exports CSV.
        Assert.Equal(1, await bed.App.Services.GetRequiredService<FormWorkflowRunner>().RunDueJobsAsync(default));
        var mail = Assert.Single(Directory.GetFiles(Path.Combine(bed.DataPath, EmailNotificationWorkflow.MailFolder), "*.eml"));
        var eml = await File.ReadAllTextAsync(mail);
        Assert.Contains("office@lviv.example", eml, StringComparison.Ordinal);
        var entryId = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().Select(e => e.Id).SingleAsync());
        Assert.Contains(entryId.ToString(), eml, StringComparison.OrdinalIgnoreCase);

        await editor.GotoAsync(site + "/backoffice/forms");
        await editor.ClickAsync("a[aria-label='1 entries of Звернення до громади']");
        await CheckAxeAsync(editor, "entries list");
        Assert.Contains("Олена Коваленко", await editor.Locator("main table").InnerTextAsync(), StringComparison.Ordinal);
        var download = await editor.RunAndWaitForDownloadAsync(() => editor.ClickAsync("a[download]"));
        var csv = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("Олена Коваленко", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        await editor.ClickAsync("main table a");
        await editor.WaitForURLAsync($"**/backoffice/forms/entries/{entryId}");
        await CheckAxeAsync(editor, "entry");
        await editor.ClickAsync("text=Mark as handled");
        await editor.WaitForURLAsync("**done=handled**");
        Assert.Contains("Handled", await editor.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        Assert.True(_problems.Count == 0, string.Join("\n", _problems));
        Assert.Equal(formKey, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<SisterCities.Cms.Forms.Definitions.FormDefinition>().Select(f => f.Key).SingleAsync()));
    }

    /// <summary>Lviv's published home and a draft page under it that the editor will place the form on.</summary>
    private static Task<Guid> DraftPageAsync(BackofficeTestBed bed) => bed.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var writer = sp.GetRequiredService<ContentWriter>();
        var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
        var home = await writer.CreateAsync(bed.LvivId, null, types[ContentTypeAliases.Home], new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, []) }, ContentAuthor.System, default);
        await writer.PublishAsync(home.Key, "uk", ContentAuthor.System, default);
        var values = new JsonObject { ["summary"] = "Напишіть нам, і ми відповімо.", ["body"] = "<p>Відповідаємо протягом 15 днів.</p>" };
        var page = await writer.CreateAsync(bed.LvivId, home.Id, types[ContentTypeAliases.Page], new Dictionary<string, ContentDraft> { ["uk"] = new("Зворотний зв’язок", "zvorotnyi-zviazok", values) }, ContentAuthor.System, default);
        return page.Key;
    });

    private async Task CheckAxeAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        var violations = result.Violations.ToList();
        if (violations.Count > 0)
        {
            _problems.Add(name + ": " + AxeAssert.Describe(page.Url, violations));
        }
    }
}

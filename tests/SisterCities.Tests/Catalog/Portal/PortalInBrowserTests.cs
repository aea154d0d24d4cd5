using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Media;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>
/// The whole business journey in Debian's Chromium, with axe on every portal page it passes. Run once per database
/// provider by <see cref="PortalInBrowserOnSqliteTests"/> and <see cref="PortalInBrowserOnPostgresTests"/>.
/// </summary>
public abstract class PortalInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server, DatabaseProvider provider)
{
    private const string Password = "kashtany-na-khreshchatyku";
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Business_signs_up_fills_its_showroom_is_verified_and_answers_an_inquiry()
    {
        await AssertRunsOnAsync(provider);
        await SeedAsync();
        var site = server.Address.ToString().TrimEnd('/');
        var page = await chromium.NewPageAsync();
        try
        {
            // Sign up and confirm from the .eml the outbox wrote.
            await page.GotoAsync(site + "/business/sign-up");
            await AxeAsync(page, "sign-up");
            await page.FillAsync("#f-name", "Оксана Мельник");
            await page.FillAsync("#f-email", "oksana@syrovarnia.example");
            await page.FillAsync("#f-password", Password);
            await page.FillAsync("#f-confirmPassword", Password);
            await page.ClickAsync("button:has-text('Create account')");
            await page.WaitForSelectorAsync("h1:has-text('Check your e-mail')");
            await AxeAsync(page, "sign-up sent");
            var link = PortalMailFiles.ConfirmationLink(await FlushAsync(), "oksana@syrovarnia.example");
            await page.GotoAsync(site + link);
            await page.WaitForSelectorAsync("h1:has-text('confirmed')");
            await AxeAsync(page, "confirmed");

            await SignInAsync(page, site, "oksana@syrovarnia.example");
            await AxeAsync(page, "home");

            // Register the business.
            await page.ClickAsync("a:has-text('Register a business')");
            await AxeAsync(page, "register");
            await page.FillAsync("#f-legalName", "Test: ТОВ «Сироварня Карпати»");
            await page.SelectOptionAsync("#f-countryCode", "UA");
            await page.FillAsync("#f-edrpou", CatalogTestData.ValidEdrpou(501));
            await page.SelectOptionAsync("#f-siteKey", "lviv");
            await page.FillAsync("#f-texts-uk-description", "Тестовий запис: крафтові сири з Карпат, не справжня компанія.");
            await page.FillAsync("#f-kvedCodes", "10");
            await page.ClickAsync("button:has-text('Register')");
            await page.WaitForSelectorAsync("text=Pending");
            await AxeAsync(page, "overview");
            var businessUrl = page.Url;

            // Fill the showroom with an item and a real image.
            await page.ClickAsync("nav.tabs a:has-text('Showroom')");
            await AxeAsync(page, "showroom");
            await page.ClickAsync("a:has-text('Add an item')");
            await AxeAsync(page, "new item");
            await page.FillAsync("#f-texts-uk-name", "Бринза овеча");
            await page.FillAsync("#f-texts-en-name", "Sheep brynza");
            await page.SelectOptionAsync("#f-kvedCode", "10");
            await page.CheckAsync("#f-availableForExport");
            await page.ClickAsync("button:has-text('Save item')");
            await page.WaitForSelectorAsync("h2:has-text('Images')");
            await page.SetInputFilesAsync("#f-image", new FilePayload { Name = "brynza.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGps(640, 400) });
            await page.FillAsync("#f-altUk", "Головка бринзи на дерев'яній дошці");
            await page.FillAsync("#f-altEn", "A wheel of brynza on a wooden board");
            await page.ClickAsync("button:has-text('Upload image')");
            await page.WaitForSelectorAsync("img[alt='Головка бринзи на дерев\\'яній дошці']");
            await AxeAsync(page, "item with image");
            foreach (var tab in new[] { "Profile", "Projects", "Managers", "Inbox" })
            {
                await page.ClickAsync($"nav.tabs a:has-text('{tab}')");
                await AxeAsync(page, tab);
            }

            await page.ClickAsync("nav.tabs a:has-text('Projects')");
            await page.ClickAsync("a:has-text('Add a project')");
            await AxeAsync(page, "new project");
            await SignOutAsync(page);

            // The Lviv site admin verifies it in the backoffice.
            await page.GotoAsync(site + "/backoffice/sign-in");
            await page.FillAsync("#f-Email", "admin@lviv.example");
            await page.FillAsync("#f-Password", Password);
            await page.ClickAsync("button[type=submit] >> text=Sign in");
            await page.WaitForURLAsync(site + "/backoffice");
            await page.ClickAsync("a:has-text('Catalog moderation')");
            await AxeAsync(page, "moderation");
            await page.ClickAsync("button:has-text('Verify Test: ТОВ «Сироварня Карпати»')");
            await page.WaitForSelectorAsync("p.notice");
            await page.ClickAsync("button:has-text('Sign out')");
            var businessId = Guid.Parse(businessUrl.Split('/').Last());
            Assert.Equal(VerificationState.Verified, await server.App.WithScopeAsync(sp =>
                sp.GetRequiredService<CmsDbContext>().Set<Business>().Where(b => b.Id == businessId).Select(b => b.State).SingleAsync()));

            // A visitor who never signed in finds it on the Lviv site's catalog and on the hub's, and writes to it.
            await VisitorSendsAnInquiryAsync(businessId);

            // The business sees it in the inbox and replies.
            await SignInAsync(page, site, "oksana@syrovarnia.example");
            await page.GotoAsync(businessUrl + "/inbox");
            await AxeAsync(page, "inbox");
            await page.ClickAsync("a:has-text('Hurtowe zamówienie bryndzy')");
            await AxeAsync(page, "inquiry");
            await page.FillAsync("#f-message", "Dzień dobry! Test: wyślemy ofertę jutro.");
            await page.ClickAsync("button:has-text('Send reply')");
            await page.WaitForSelectorAsync("text=Your reply was sent");
            await AxeAsync(page, "replied");
        }
        finally
        {
            await page.CloseAsync();
        }

        Assert.Empty(_problems);
        var reply = (await FlushAsync()).Single(m => m.To.Mailboxes.Any(a => a.Address == "buyer@delikatesy.example"));
        Assert.Contains("wyślemy ofertę jutro", reply.TextBody, StringComparison.Ordinal);
    }

    /// <summary>A buyer in a browser context of their own: city catalog, showroom, hub catalog, showroom, inquiry.</summary>
    private async Task VisitorSendsAnInquiryAsync(Guid businessId)
    {
        const string name = "Сироварня Карпати";
        var context = await chromium.NewFreshContextAsync();
        try
        {
            var visitor = await context.NewPageAsync();
            var cityList = await visitor.GotoAsync(server.UrlFor("lviv.localhost", "/en/catalog").ToString());
            Assert.Equal(200, cityList?.Status);
            await AxeAssert.NoViolationsAsync(visitor);
            await visitor.ClickAsync($"main a:has-text('{name}')");
            await visitor.WaitForSelectorAsync($"h1:has-text('{name}')");
            Assert.StartsWith(server.UrlFor("lviv.localhost", "/en/catalog/").ToString(), visitor.Url, StringComparison.Ordinal);
            Assert.EndsWith(businessId.ToString("D"), visitor.Url, StringComparison.Ordinal);
            Assert.Equal(1, await visitor.Locator("form.inquiry-form").CountAsync());
            await AxeAssert.NoViolationsAsync(visitor);

            var hubList = await visitor.GotoAsync(server.UrlFor("localhost", "/en/catalog").ToString());
            Assert.Equal(200, hubList?.Status);
            await AxeAssert.NoViolationsAsync(visitor);
            await visitor.ClickAsync($"main a:has-text('{name}')");
            await visitor.WaitForSelectorAsync($"h1:has-text('{name}')");
            Assert.StartsWith(server.UrlFor("localhost", "/en/catalog/").ToString(), visitor.Url, StringComparison.Ordinal);
            Assert.EndsWith(businessId.ToString("D"), visitor.Url, StringComparison.Ordinal);
            await AxeAssert.NoViolationsAsync(visitor);

            await visitor.FillAsync("#inquiry-subject", "Hurtowe zamówienie bryndzy");
            await visitor.FillAsync("#inquiry-message", "Test: prosimy o ofertę na 200 kg miesięcznie.");
            await visitor.FillAsync("#inquiry-fromName", "Test buyer");
            await visitor.FillAsync("#inquiry-fromEmail", "buyer@delikatesy.example");
            await visitor.CheckAsync("#inquiry-consentGiven");
            await visitor.ClickAsync("form.inquiry-form button[type=submit]");
            Assert.Equal("Inquiry sent", await visitor.Locator("h1").InnerTextAsync());
            Assert.EndsWith("/inquiry-sent", visitor.Url, StringComparison.Ordinal);
            await AxeAssert.NoViolationsAsync(visitor);
        }
        finally
        {
            await context.CloseAsync();
        }

        var stored = await server.App.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>()
            .SingleAsync(i => i.FromEmail == "buyer@delikatesy.example"));
        Assert.Equal(businessId, stored.BusinessId);
    }

    /// <summary>The fixture really is on the provider this class is named for (not silently on SQLite).</summary>
    private async Task AssertRunsOnAsync(DatabaseProvider expected)
    {
        Assert.Equal(expected, server.Provider);
        var efProvider = await server.EfProviderNameAsync();
        Assert.Contains(expected == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite", efProvider, StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IPage page, string site, string email)
    {
        await page.GotoAsync(site + "/business/sign-in");
        await page.FillAsync("#f-email", email);
        await page.FillAsync("#f-password", Password);
        await page.ClickAsync("main button:has-text('Sign in')");
        await page.WaitForURLAsync(site + "/business");
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.ClickAsync("header button:has-text('Sign out')");
        await page.WaitForURLAsync("**/business/sign-in");
    }

    private async Task AxeAsync(IPage page, string name)
    {
        // The document is what axe reads; waiting for the full load (every image) once timed out on a loaded CI machine.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        _problems.AddRange(result.Violations
            .Select(v => $"{name}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
    }

    private Task<IReadOnlyList<MimeMessage>> FlushAsync() => PortalMailFiles.FlushAsync(server.App.Services, server.App.DataPath);

    private Task SeedAsync() =>
        server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = RealSites.Lviv();
            await RealSites.AddAsync(db, lviv);
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var accounts = sp.GetRequiredService<AccountAdministration>();
            var (created, admin) = await accounts.CreateUserAsync("admin@lviv.example", "Адміністратор Львова", Password, null, CancellationToken.None);
            Assert.True(created.Succeeded);
            await accounts.GrantAsync(admin.Id, lviv.Id, SiteRole.SiteAdmin, null, CancellationToken.None);
        });
}

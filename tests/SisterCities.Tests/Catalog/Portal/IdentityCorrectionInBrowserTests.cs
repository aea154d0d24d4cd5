using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>
/// In Chromium, no script of ours: the owner of a rejected business corrects its EDRPOU (a wrong code first), submits
/// it again; the site admin sees old → new in the queue, rejects it again and reconsiders it. Axe on each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class IdentityCorrectionInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    private const string Password = "kashtany-na-khreshchatyku";
    private const string Reason = "Код ЄДРПОУ належить іншій компанії.";
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Owner_corrects_the_edrpou_and_the_moderator_sees_it_then_reconsiders_a_second_rejection()
    {
        var businessId = await SeedAsync();
        var newCode = CatalogTestData.ValidEdrpou(972);
        var site = server.Address.ToString().TrimEnd('/');
        var context = await chromium.NewFreshContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(site + "/business/sign-in");
            await page.FillAsync("#f-email", "owner@korektura.example");
            await page.FillAsync("#f-password", Password);
            await page.ClickAsync("main button:has-text('Sign in')");
            await page.WaitForURLAsync(site + "/business");

            await page.GotoAsync($"{site}/business/{businessId}/profile");
            await AxeAsync(page, "rejected profile with the identity form");
            await page.GetByLabel("EDRPOU code").FillAsync("12345670");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save legal name and code" }).ClickAsync();
            await page.WaitForSelectorAsync("#f-edrpou-error");
            Assert.Equal("true", await page.GetAttributeAsync("#f-edrpou", "aria-invalid"));
            await AxeAsync(page, "identity form with a wrong control digit");

            await page.GetByLabel("EDRPOU code").FillAsync(newCode);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save legal name and code" }).ClickAsync();
            await page.WaitForSelectorAsync("text=The legal name and code are saved");
            await AxeAsync(page, "identity saved");
            await page.GotoAsync($"{site}/business/{businessId}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit again for verification" }).ClickAsync();
            await page.WaitForSelectorAsync("text=moderators were told");
        }
        finally
        {
            await context.CloseAsync();
        }

        var adminContext = await chromium.NewFreshContextAsync();
        var admin = await adminContext.NewPageAsync();
        try
        {
            await admin.GotoAsync(site + "/backoffice/sign-in");
            await admin.FillAsync("#f-Email", "admin@lviv.example");
            await admin.FillAsync("#f-Password", Password);
            await admin.ClickAsync("button[type=submit] >> text=Sign in");
            await admin.WaitForURLAsync(site + "/backoffice");
            await admin.GotoAsync(site + "/backoffice/catalog/moderation");
            await admin.WaitForSelectorAsync($"text=ЄДРПОУ / EDRPOU: {CatalogTestData.ValidEdrpou(971)} → {newCode}");
            await AxeAsync(admin, "moderation queue with a correction");

            await admin.FillAsync($"#reason-{businessId:N}", "Ще раз перевірте назву.");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Reject Test: Коректура", Exact = true }).ClickAsync();
            await admin.WaitForSelectorAsync("p.notice");
            await admin.GetByLabel("Reason for reconsidering (e-mailed to the business)").FillAsync("Назву перевірено в ЄДР, вона правильна.");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Reconsider Test: Коректура", Exact = true }).ClickAsync();
            await admin.WaitForSelectorAsync("text=Reason for reconsidering");
            await AxeAsync(admin, "moderation after reconsidering");
        }
        finally
        {
            await adminContext.CloseAsync();
        }

        Assert.Equal(VerificationState.Pending, await server.App.WithScopeAsync(sp =>
            sp.GetRequiredService<CmsDbContext>().Set<Business>().Where(b => b.Id == businessId).Select(b => b.State).SingleAsync()));
        Assert.Empty(_problems);
    }

    private async Task AxeAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        if (result.Violations.Length > 0)
        {
            _problems.Add(name + ": " + AxeAssert.Describe(page.Url, result.Violations));
        }
    }

    /// <summary>Lviv with a site admin, and a rejected Lviv business of a confirmed owner.</summary>
    private Task<Guid> SeedAsync() => server.App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var lviv = RealSites.Lviv();
        await RealSites.AddAsync(db, lviv);
        sp.GetRequiredService<SiteDirectory>().Invalidate();
        var accounts = sp.GetRequiredService<AccountAdministration>();
        var (created, admin) = await accounts.CreateUserAsync("admin@lviv.example", "Адміністратор Львова", Password, null, CancellationToken.None);
        Assert.True(created.Succeeded);
        await accounts.GrantAsync(admin.Id, lviv.Id, SiteRole.SiteAdmin, null, CancellationToken.None);
        var owner = new CmsUser { UserName = "owner@korektura.example", Email = "owner@korektura.example", EmailConfirmed = true, DisplayName = "Оксана", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await sp.GetRequiredService<UserManager<CmsUser>>().CreateAsync(owner, Password)).Succeeded);

        var business = (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User(owner.Id),
            CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(971), name: "Test: Коректура"), CancellationToken.None)).Value!;
        Assert.True((await sp.GetRequiredService<BusinessModeration>().RejectAsync(TestActor.SiteAdmin(admin.Id, lviv.Id), business.Id, Reason, CancellationToken.None)).Succeeded);
        return business.Id;
    });
}

using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>
/// In Chromium without any script of ours: the "Move … up" buttons are found by their accessible names, reorder
/// the showroom and land on the moved row; a rejected business is submitted again from its overview. Axe on each page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalOrderingInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    private const string Password = "kashtany-na-khreshchatyku";
    private const string Reason = "Додайте англійський опис продукції.";
    private readonly List<string> _problems = [];

    [Fact]
    public async Task Manager_reorders_the_showroom_with_named_buttons_and_submits_the_rejected_business_again()
    {
        var businessId = await SeedAsync();
        var site = server.Address.ToString().TrimEnd('/');
        // A context of its own: the sign-in cookie must not leak into the shared context, and closing this one must not
        // close the shared browser that the rest of the collection uses.
        var context = await chromium.NewFreshContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(site + "/business/sign-in");
            await page.FillAsync("#f-email", "owner@syrovarnia.example");
            await page.FillAsync("#f-password", Password);
            await page.ClickAsync("main button:has-text('Sign in')");
            await page.WaitForURLAsync(site + "/business");

            await page.GotoAsync($"{site}/business/{businessId}/showroom");
            await AxeAsync(page, "showroom with order buttons");
            await page.GetByRole(AriaRole.Button, new() { Name = "Move 'Test: Гуслянка' up", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**#item-*");
            await page.GetByRole(AriaRole.Button, new() { Name = "Move 'Test: Гуслянка' up", Exact = true }).ClickAsync();
            await page.WaitForFunctionAsync("() => document.querySelector('tbody tr td a')?.textContent === 'Test: Гуслянка'");
            Assert.Equal(["Test: Гуслянка", "Test: Бринза", "Test: Вурда"], await page.Locator("tbody tr td:first-child a").AllInnerTextsAsync());
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Move 'Test: Гуслянка' up", Exact = true }).CountAsync());
            await AxeAsync(page, "showroom after moves");

            await page.GotoAsync($"{site}/business/{businessId}");
            await page.WaitForSelectorAsync($"text={Reason}");
            await AxeAsync(page, "rejected overview");
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit again for verification" }).ClickAsync();
            await page.WaitForSelectorAsync("text=moderators were told");
            await AxeAsync(page, "resubmitted overview");
            Assert.Equal(0, await page.GetByText(Reason).CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }

        Assert.Empty(_problems);
    }

    private async Task AxeAsync(IPage page, string name)
    {
        // The document is what axe reads; waiting for the full load (every image) once timed out on a loaded CI machine.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        if (result.Violations.Length > 0)
        {
            _problems.Add(name + ": " + AxeAssert.Describe(page.Url, result.Violations));
        }
    }

    /// <summary>Lviv with a site admin, and a rejected Lviv business with three items of a confirmed owner.</summary>
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
        var owner = new CmsUser { UserName = "owner@syrovarnia.example", Email = "owner@syrovarnia.example", EmailConfirmed = true, DisplayName = "Оксана", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await sp.GetRequiredService<UserManager<CmsUser>>().CreateAsync(owner, Password)).Succeeded);

        var actor = TestActor.User(owner.Id);
        var business = (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(actor, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(711), name: "Test: Сироварня"), CancellationToken.None)).Value!;
        foreach (var name in new[] { "Test: Бринза", "Test: Вурда", "Test: Гуслянка" })
        {
            Assert.True((await sp.GetRequiredService<ShowroomEditing>().CreateAsync(actor, business.Id, new ShowroomItemDraft
            {
                KvedCode = "10",
                Texts = new() { ["uk"] = new ShowroomItemText { Name = name } },
            }, CancellationToken.None)).Succeeded);
        }

        Assert.True((await sp.GetRequiredService<BusinessModeration>().RejectAsync(TestActor.SiteAdmin(admin.Id, lviv.Id), business.Id, Reason, CancellationToken.None)).Succeeded);
        return business.Id;
    });
}

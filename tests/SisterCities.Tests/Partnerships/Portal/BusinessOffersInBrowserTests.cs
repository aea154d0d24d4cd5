using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>Posting an offer (with errors first) and reading the sister-city matches in Debian's Chromium, with axe on every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BusinessOffersInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    private const string Password = "kashtany-na-khreshchatyku";
    private readonly List<string> _problems = [];

    [Fact]
    public async Task A_manager_posts_an_offer_after_fixing_errors_and_reads_the_matches_with_no_accessibility_violations()
    {
        var businessId = await SeedAsync();
        var site = server.Address.ToString().TrimEnd('/');
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(site + "/business/sign-in");
            await page.FillAsync("#f-email", "owner@pekarnia.example");
            await page.FillAsync("#f-password", Password);
            await page.ClickAsync("main button:has-text('Sign in')");
            await page.WaitForURLAsync(site + "/business");

            await page.GotoAsync($"{site}/business/{businessId}");
            await page.ClickAsync("nav.tabs a:has-text('Offers')");
            await AxeAsync(page, "offers (empty)");
            await page.ClickAsync("a:has-text('Post an offer or request')");
            await AxeAsync(page, "new offer");

            await page.ClickAsync("button:has-text('Save offer')");
            await page.WaitForSelectorAsync(".error-summary");
            await AxeAsync(page, "new offer with errors");
            Assert.Equal("true", await page.GetAttributeAsync("#f-titleUk", "aria-invalid"));
            Assert.Equal("f-titleUk-error f-titleUk-hint", await page.GetAttributeAsync("#f-titleUk", "aria-describedby"));

            await page.SelectOptionAsync("#f-topic", "jointProject");
            await page.SelectOptionAsync("#f-area", "economy");
            await page.FillAsync("#f-titleUk", "Test: спільна пекарня для переселенців");
            await page.FillAsync("#f-titleEn", "Test: a joint bakery for displaced people");
            await page.ClickAsync("button:has-text('Save offer')");
            await page.WaitForSelectorAsync("text=The offer is saved.");
            await AxeAsync(page, "offer saved");

            await page.ClickAsync("a:has-text('Cooperation offers')");
            await page.WaitForSelectorAsync("td:has-text('open')");
            await AxeAsync(page, "offers (one open)");

            await page.ClickAsync("nav.tabs a:has-text('Sister-city matches')");
            await page.WaitForSelectorAsync("a:has-text('Test: Winnipeg dairy')");
            await AxeAsync(page, "matches in the browser's language");
            await page.GotoAsync($"{site}/business/{businessId}/matches?culture=en");
            await page.WaitForSelectorAsync("text=Winnipeg is Lviv's partner since 1973");
            await AxeAsync(page, "matches en");
            await page.ClickAsync("a:has-text('Українською')");
            await page.WaitForSelectorAsync("text=Вінніпег і Львів — партнери з 1973 року");
            await AxeAsync(page, "matches uk");

            await page.ClickAsync("header button:has-text('Sign out')");
            await page.WaitForURLAsync("**/business/sign-in");
        }
        finally
        {
            await page.CloseAsync();
        }

        Assert.Empty(_problems);
    }

    private async Task AxeAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync();
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes);
        _problems.AddRange(result.Violations.Select(v => $"{name}: {v.Id} ({v.Impact}) {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}"));
    }

    /// <summary>Lviv (a real hromada) with its real partner Winnipeg (since 1973), a verified Lviv bakery and a Winnipeg dairy (test records).</summary>
    private async Task<Guid> SeedAsync()
    {
        var ownerId = await server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = RealSites.Lviv();
            await RealSites.AddAsync(db, lviv);
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var (winnipeg, errors) = await sp.GetRequiredService<PartnerCityWriter>().CreateAsync(
                new PartnerCityDraft("Winnipeg", "Winnipeg", "Вінніпег", "CA", "Manitoba", 49.8951, -97.1384, "https://www.winnipeg.ca"), default);
            Assert.Empty(errors);
            var tie = await sp.GetRequiredService<PartnershipWriter>().CreateAsync(
                new PartnershipDraft { SiteId = lviv.Id, PartnerCityId = winnipeg!.Id, Status = PartnershipStatus.Active, SinceYear = 1973 }, default);
            Assert.True(tie.Succeeded);
            var user = new CmsUser { UserName = "owner@pekarnia.example", Email = "owner@pekarnia.example", EmailConfirmed = true, DisplayName = "Test owner", CreatedAt = DateTimeOffset.UtcNow };
            Assert.True((await sp.GetRequiredService<UserManager<CmsUser>>().CreateAsync(user, Password)).Succeeded);
            return user.Id;
        });
        var bakery = await CatalogTestData.RegisterAsync(server.App.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(361), "lviv", "Test: Lviv bakery", "10"), ownerId);
        var dairy = CatalogTestData.Foreign("CA", "Winnipeg", "Test: Winnipeg dairy");
        await CatalogTestData.RegisterAsync(server.App.Services, dairy, "owner-dairy");
        Assert.Equal(VerificationState.Verified, bakery.State);
        return bakery.Id;
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>Forgot password → reset from the .eml → account page → paged inbox, in Chromium without help from scripts, with axe on each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PortalPasswordInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    private const string Email = "mariia@pekarnia.example";
    private const string NewPassword = "kava-i-syrnyky-na-rynku";

    [Fact]
    public async Task Business_user_resets_the_password_from_the_mail_and_pages_through_the_inbox()
    {
        var businessId = await SeedAsync();
        var site = server.Address.ToString().TrimEnd('/');
        var page = await chromium.NewPageAsync();
        try
        {
            await page.GotoAsync(site + "/business/sign-in");
            await page.ClickAsync("a:has-text('Forgot your password?')");
            await AxeAssert.NoViolationsAsync(page);
            await page.ClickAsync("button:has-text('Send me a reset link')");
            await page.WaitForSelectorAsync("#f-email-error");
            await AxeAssert.NoViolationsAsync(page);
            await page.FillAsync("#f-email", Email);
            await page.ClickAsync("button:has-text('Send me a reset link')");
            await page.WaitForSelectorAsync("h1:has-text('Check your e-mail')");

            var link = PasswordResetTests.ResetLink(await PortalMailFiles.FlushAsync(server.App.Services, server.App.DataPath), Email);
            await page.GotoAsync(site + link);
            await page.FillAsync("#f-password", NewPassword);
            await page.FillAsync("#f-confirmPassword", NewPassword + "!");
            await page.ClickAsync("button:has-text('Set the new password')");
            await page.WaitForSelectorAsync("#f-confirmPassword-error");
            await AxeAssert.NoViolationsAsync(page);
            await page.FillAsync("#f-password", NewPassword);
            await page.FillAsync("#f-confirmPassword", NewPassword);
            await page.ClickAsync("button:has-text('Set the new password')");
            await page.WaitForSelectorAsync("h1:has-text('Password changed')");

            await page.GotoAsync(site + "/business/sign-in");
            await page.FillAsync("#f-email", Email);
            await page.FillAsync("#f-password", NewPassword);
            await page.ClickAsync("main button:has-text('Sign in')");
            await page.WaitForURLAsync(site + "/business");
            await page.ClickAsync("header a:has-text('Account')");
            await page.WaitForSelectorAsync("h2:has-text('Change your password')");
            await AxeAssert.NoViolationsAsync(page);

            await page.GotoAsync($"{site}/business/{businessId}/inbox");
            await AxeAssert.NoViolationsAsync(page);
            await page.ClickAsync("nav.pager a:has-text('Older')");
            await page.WaitForSelectorAsync("text=Inquiries 21–23 of 23");
            Assert.Equal(3, await page.Locator("tbody tr").CountAsync());
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Lviv, a confirmed account that owns one business, and 23 inquiries to it.</summary>
    private Task<Guid> SeedAsync() => server.App.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        await RealSites.AddAsync(db, RealSites.Lviv());
        sp.GetRequiredService<SiteDirectory>().Invalidate();
        var user = new CmsUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Марія", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await sp.GetRequiredService<UserManager<CmsUser>>().CreateAsync(user, "old-password-nobody-remembers")).Succeeded);
        var business = (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(
            TestActor.User(user.Id), CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(601), name: "Test: Пекарня на Ринку"), CancellationToken.None)).Value!;
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        for (var n = 1; n <= 23; n++)
        {
            db.Add(new Inquiry
            {
                Id = Guid.NewGuid(),
                BusinessId = business.Id,
                FromName = "Test buyer",
                FromEmail = $"buyer{n}@example.org",
                Subject = $"Test: замовлення {n}",
                Message = "Test message",
                ConsentText = "I agree",
                ConsentedAt = start,
                SenderIpHash = "test",
                CreatedAt = start.AddHours(n),
            });
        }

        await db.SaveChangesAsync();
        return business.Id;
    });
}

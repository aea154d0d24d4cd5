using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>axe (WCAG 2.x A/AA and best practices) on every new partnership screen, an error state, and the public offer answer form.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PartnershipScreensInBrowserTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task Partnership_screens_and_the_offer_answer_form_work_without_scripts_and_axe_finds_no_violations()
    {
        await using var bed = await BackofficeTestBed.StartAsync(kestrel: true);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var site = bed.BaseAddress;
        var page = await chromium.NewPageAsync();

        // A hang guard for a machine shared by many builds, not a performance threshold.
        page.SetDefaultTimeout(120_000);
        await page.GotoAsync(site + "/backoffice/sign-in");
        await page.FillAsync("#f-Email", "editor@lviv.example");
        await page.FillAsync("#f-Password", BackofficeTestBed.Password);
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync(site + "/backoffice");

        await page.ClickAsync("header nav >> text=Partnerships");
        await page.WaitForURLAsync(site + "/backoffice/partnerships");
        foreach (var path in new[]
        {
            "/backoffice/partnerships", "/backoffice/partner-cities", "/backoffice/partner-cities/new", $"/backoffice/partner-cities/{data.WinnipegKey}",
            "/backoffice/sites/lviv/partnerships", "/backoffice/sites/lviv/partnerships/new", $"/backoffice/sites/lviv/partnerships/{data.LvivPartnership}",
            "/backoffice/sites/lviv/offers", "/backoffice/sites/lviv/offers/new", $"/backoffice/sites/lviv/offers/{data.LvivOffer}",
            "/backoffice/sites/lviv/events", "/backoffice/sites/lviv/events/new", $"/backoffice/sites/lviv/events/{data.LvivEvent}",
            $"/backoffice/sites/lviv/events/{data.LvivEvent}/cancel",
        })
        {
            var response = await page.GotoAsync(site + path);
            Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
            await AxeAssert.NoViolationsAsync(page);
        }

        // An error state: a partnership without a partner comes back with the message at the field and in the summary.
        await page.GotoAsync(site + "/backoffice/sites/lviv/partnerships/new");
        await page.ClickAsync("text=Save partnership");
        await page.WaitForLoadStateAsync();
        Assert.Contains("Name exactly one partner", await page.Locator("#e-partnerCityId").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);

        // A new event typed in Kyiv time comes back in Kyiv time.
        await page.GotoAsync(site + "/backoffice/sites/lviv/events/new");
        await page.SelectOptionAsync("#f-kind", "businessForum");
        await page.FillAsync("#f-titleUk", "Test: бізнес-форум");
        await page.FillAsync("#f-titleEn", "Test: business forum");
        await page.FillAsync("#f-startsAt", "2027-01-15T10:00");
        await page.FillAsync("#f-endsAt", "2027-01-15T17:00");
        await page.ClickAsync("text=Save event");
        await page.WaitForURLAsync("**saved=true**");
        Assert.Equal("Saved.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Equal("2027-01-15T10:00", await page.InputValueAsync("#f-startsAt"));
        Assert.Contains("2027-01-15 08:00", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        // The public answer form, in both languages, and its thank-you state.
        var visitor = await chromium.NewPageAsync();
        visitor.SetDefaultTimeout(120_000);
        foreach (var culture in new[] { "uk", "en" })
        {
            await visitor.GotoAsync(site + $"/offers/{data.LvivOffer}?culture={culture}");
            await AxeAssert.NoViolationsAsync(visitor);
        }

        await visitor.FillAsync("#f-fromName", "Test Visitor");
        await visitor.FillAsync("#f-fromEmail", "visitor@example.org");
        await visitor.FillAsync("#f-subject", "Test: cooperation");
        await visitor.FillAsync("#f-message", "Test message: we would like to take part.");
        await visitor.CheckAsync("#f-consentGiven");
        await visitor.ClickAsync("button[type=submit]");
        await visitor.WaitForURLAsync("**sent=true**");
        Assert.Contains("Thank you", await visitor.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(visitor);
        await visitor.CloseAsync();

        // The editor sees the answer counted on the offers list and listed on the answers page; an empty reply is refused at the field.
        await page.GotoAsync(site + "/backoffice/sites/lviv/offers");
        await page.ClickAsync("a[aria-label='1 answers to Test: seeking partners']");
        await page.WaitForURLAsync($"**/offers/{data.LvivOffer}/answers");
        Assert.Contains("visitor@example.org", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);
        await page.ClickAsync("summary");
        await page.ClickAsync("text=Send reply");
        await page.WaitForURLAsync("**/reply?page=1");
        Assert.Contains("required", await page.Locator(".field-error").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await AxeAssert.NoViolationsAsync(page);
        await page.ClickAsync("text=Mark as read");
        await page.WaitForURLAsync("**done=read**");
        Assert.Contains("Marked as read.", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        // A network admin's network-wide event screens.
        await chromium.Context.ClearCookiesAsync();
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        await page.GotoAsync(site + "/backoffice/sign-in");
        await page.FillAsync("#f-Email", "root@network.example");
        await page.FillAsync("#f-Password", BackofficeTestBed.Password);
        await page.ClickAsync("button[type=submit] >> text=Sign in");
        await page.WaitForURLAsync(site + "/backoffice");
        await page.GotoAsync(site + "/backoffice/partnerships");
        await page.ClickAsync("text=Network-wide events");
        await page.WaitForURLAsync(site + "/backoffice/network/events");
        await AxeAssert.NoViolationsAsync(page);
        await page.ClickAsync("text=Add an event");
        await page.WaitForURLAsync(site + "/backoffice/network/events/new");
        await AxeAssert.NoViolationsAsync(page);
        await page.SelectOptionAsync("#f-kind", "promotionalTour");
        await page.FillAsync("#f-titleUk", "Test: світовий тур");
        await page.FillAsync("#f-titleEn", "Test: world tour");
        await page.FillAsync("#f-startsAt", "2027-06-01T10:00");
        await page.FillAsync("#f-endsAt", "2027-06-01T18:00");
        await page.ClickAsync("text=Save event");
        await page.WaitForURLAsync("**saved=true**");
        Assert.Contains("2027-06-01 07:00", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);
        var eventUrl = page.Url.Split('?')[0];
        await page.ClickAsync("main a >> text=Cancel the event");
        await page.WaitForURLAsync(eventUrl + "/cancel");
        await AxeAssert.NoViolationsAsync(page);
        await page.ClickAsync("button >> text=Yes, cancel the event");
        await page.WaitForURLAsync(eventUrl);
        Assert.Contains("This event was cancelled on", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);
        await page.GotoAsync(site + "/backoffice/network/events");
        Assert.Contains("cancelled", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();

        // The browser context is shared by the collection: leave no backoffice session behind.
        await chromium.Context.ClearCookiesAsync();
    }
}

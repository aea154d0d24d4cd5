using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed class ModerationScreenTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Site_admin_verifies_a_pending_business_of_their_municipality(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 301);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");

        var page = await admin.GetAsync("/backoffice/catalog/moderation");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Test: business 301", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var verified = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/verify");
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(VerificationState.Verified, await StateAsync(bed, business.BusinessId));
        var mail = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().SingleAsync());
        Assert.Equal("office@example.org", mail.To);

        var suspended = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/suspend", ("reason", "Скарги покупців на підроблену продукцію."));
        Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        Assert.Equal(VerificationState.Suspended, await StateAsync(bed, business.BusinessId));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reinstate")).StatusCode);
        Assert.Equal(VerificationState.Verified, await StateAsync(bed, business.BusinessId));
    }

    [Fact]
    public async Task Site_admin_of_another_municipality_neither_sees_nor_decides()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 302);
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var kyiv = await bed.SignInAsync("admin@kyiv.example");

        Assert.DoesNotContain("Test: business 302", await (await kyiv.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var action in new[] { "verify", "reject", "suspend", "reinstate" })
        {
            var response = await kyiv.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/{action}", ("reason", "Test reason"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(VerificationState.Pending, await StateAsync(bed, business.BusinessId));
        Assert.Equal(0, await PortalTestData.OutboxCountAsync(bed));
    }

    [Fact]
    public async Task Editors_and_business_accounts_cannot_open_the_moderation_screen()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await bed.SignInAsync("editor@lviv.example")).GetAsync("/backoffice/catalog/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await bed.SignInAsync("owner@firma.example")).GetAsync("/backoffice/catalog/moderation")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await bed.Anonymous().GetAsync("/backoffice/catalog/moderation")).StatusCode);
    }

    [Fact]
    public async Task Rejection_needs_a_reason_which_is_emailed_to_the_business()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 303);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");

        var bare = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", "  "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Equal(0, await PortalTestData.OutboxCountAsync(bed));

        var rejected = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", "Код ЄДРПОУ належить іншій компанії."));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(VerificationState.Rejected, await StateAsync(bed, business.BusinessId));
        var messages = await PortalMailFiles.FlushAsync(bed);
        var notice = Assert.Single(messages);
        Assert.Equal("office@example.org", notice.To.Mailboxes.Single().Address);
        Assert.Contains("Код ЄДРПОУ належить іншій компанії.", notice.TextBody, StringComparison.Ordinal);

        // The owner sees the reason in the portal.
        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        Assert.Contains("Код ЄДРПОУ належить іншій компанії.", await (await portal.GetAsync($"/business/{business.BusinessId}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Foreign_business_is_moderated_only_by_a_network_admin()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var id = await bed.WithScopeAsync(async sp => (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User(owner), new BusinessRegistrationRequest
        {
            LegalName = "Test: Sp. z o.o.",
            CountryCode = "PL",
            ForeignRegistrationNumber = "KRS 0000123456",
            ForeignCity = "Lublin",
            ContactEmail = "biuro@firma.example",
            KvedCodes = ["10"],
            Texts = new() { ["en"] = new BusinessText { Tagline = "Test record" } },
        }, CancellationToken.None)).Value!.Id);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("network@sistercities.example", networkAdmin: true);

        var siteAdmin = await bed.SignInAsync("admin@lviv.example");
        Assert.DoesNotContain("Test: Sp. z o.o.", await (await siteAdmin.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await siteAdmin.PostAsync($"/backoffice/catalog/moderation/{id}/verify")).StatusCode);

        var network = await bed.SignInAsync("network@sistercities.example");
        Assert.Contains("Test: Sp. z o.o.", await (await network.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await network.PostAsync($"/backoffice/catalog/moderation/{id}/verify")).StatusCode);
        Assert.Equal(VerificationState.Verified, await StateAsync(bed, id));
    }

    [Fact]
    public async Task Moderation_post_without_antiforgery_token_is_400()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 304);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");

        var response = await admin.Http.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/verify", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(VerificationState.Pending, await StateAsync(bed, business.BusinessId));
    }

    private static Task<VerificationState> StateAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().Where(b => b.Id == id).Select(b => b.State).SingleAsync());
}

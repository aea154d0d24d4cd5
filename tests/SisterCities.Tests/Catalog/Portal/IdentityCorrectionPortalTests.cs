using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>The portal form that corrects a rejected business's legal name and EDRPOU, and the moderation screen that shows the change.</summary>
public sealed class IdentityCorrectionPortalTests
{
    private const string Reason = "Код ЄДРПОУ належить іншій компанії.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Owner_corrects_the_edrpou_after_rejection_resubmits_and_the_moderator_sees_old_and_new(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 901);
        var oldCode = CatalogTestData.ValidEdrpou(901);
        var newCode = CatalogTestData.ValidEdrpou(902);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", Reason))).StatusCode);

        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var profile = await TextAsync(await portal.GetAsync($"/business/{business.BusinessId}/profile"));
        Assert.Contains($"action=\"/business/{business.BusinessId}/identity\"", profile, StringComparison.Ordinal);
        Assert.Contains("id=\"f-edrpou\"", profile, StringComparison.Ordinal);

        var saved = await portal.PostAsync($"/business/{business.BusinessId}/identity", ("LegalName", "Test: ТОВ «Правильна назва»"), ("Edrpou", newCode));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("The legal name and code are saved", await TextAsync(saved), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await portal.PostAsync($"/business/{business.BusinessId}/resubmit")).StatusCode);

        var queue = await TextAsync(await admin.GetAsync("/backoffice/catalog/moderation"));
        var waiting = queue[queue.IndexOf("<h2>Waiting for a decision</h2>", StringComparison.Ordinal)..queue.IndexOf("<h2>Decided</h2>", StringComparison.Ordinal)];
        Assert.Contains("Legal identity corrected since the rejection", waiting, StringComparison.Ordinal);
        Assert.Contains($"ЄДРПОУ / EDRPOU: {oldCode} → {newCode}", waiting, StringComparison.Ordinal);
        Assert.Contains("Legal name: «Test: business 901» → «Test: ТОВ «Правильна назва»»", waiting, StringComparison.Ordinal);
        Assert.Contains("Earlier reason for rejecting", waiting, StringComparison.Ordinal);

        // The site admin's "submitted again" mail lists the correction too.
        var toModerator = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().AsNoTracking().SingleAsync(m => m.To == "admin@lviv.example"));
        Assert.Contains("Corrected since the rejection", toModerator.Body, StringComparison.Ordinal);
        Assert.Contains($"ЄДРПОУ / EDRPOU: {oldCode} → {newCode}", toModerator.Body, StringComparison.Ordinal);

        // The moderator verifies the corrected business; from now on its legal identity is read-only in the portal.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/verify")).StatusCode);
        var stored = await BusinessAsync(bed, business.BusinessId);
        Assert.Equal((newCode, "Test: ТОВ «Правильна назва»", VerificationState.Verified), (stored.Edrpou, stored.LegalName, stored.State));
    }

    [Fact]
    public async Task Invalid_or_duplicate_edrpou_shows_the_message_on_the_field_and_stores_nothing()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 911);
        var other = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 912);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", Reason))).StatusCode);
        var before = await BusinessAsync(bed, business.BusinessId);
        var historyBefore = await HistoryCountAsync(bed, business.BusinessId);
        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var invalid = await portal.PostAsync($"/business/{business.BusinessId}/identity", ("LegalName", "Test: нова назва"), ("Edrpou", "12345670")); // control digit should be 8
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var page = await TextAsync(invalid);
        Assert.Contains("<p class=\"field-error\" id=\"f-edrpou-error\">", page, StringComparison.Ordinal);
        Assert.Contains("Вісім цифр із правильною контрольною цифрою", page, StringComparison.Ordinal);
        Assert.Contains("Eight digits with a correct control digit", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-edrpou\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"12345670\"", page, StringComparison.Ordinal);

        var duplicate = await portal.PostAsync($"/business/{business.BusinessId}/identity", ("LegalName", "Test: нова назва"), ("Edrpou", CatalogTestData.ValidEdrpou(912)));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        page = await TextAsync(duplicate);
        Assert.Contains("Бізнес із цим кодом ЄДРПОУ вже зареєстровано.", page, StringComparison.Ordinal);
        Assert.Contains("A business with this EDRPOU is already registered.", page, StringComparison.Ordinal);

        var blank = await portal.PostAsync($"/business/{business.BusinessId}/identity", ("LegalName", " "), ("Edrpou", CatalogTestData.ValidEdrpou(913)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Contains("id=\"f-legalName-error\"", await TextAsync(blank), StringComparison.Ordinal);

        var after = await BusinessAsync(bed, business.BusinessId);
        Assert.Equal((before.LegalName, before.Edrpou, before.UpdatedAt), (after.LegalName, after.Edrpou, after.UpdatedAt));
        Assert.Equal(historyBefore, await HistoryCountAsync(bed, business.BusinessId));
        Assert.Equal(CatalogTestData.ValidEdrpou(912), (await BusinessAsync(bed, other.BusinessId)).Edrpou);
    }

    [Fact]
    public async Task A_verified_or_pending_business_shows_its_legal_identity_read_only_and_refuses_a_change()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var verified = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 921);
        var pending = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 922);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{verified.BusinessId}/verify")).StatusCode);
        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var profile = await TextAsync(await portal.GetAsync($"/business/{verified.BusinessId}/profile"));
        Assert.DoesNotContain("/identity\"", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"f-edrpou\"", profile, StringComparison.Ordinal);
        Assert.Contains("legal identity is not changed without them", profile, StringComparison.Ordinal);
        Assert.Contains(CatalogTestData.ValidEdrpou(921), profile, StringComparison.Ordinal);
        Assert.Contains("cannot be changed now", await TextAsync(await portal.GetAsync($"/business/{pending.BusinessId}/profile")), StringComparison.Ordinal);

        var refused = await portal.PostAsync($"/business/{verified.BusinessId}/identity", ("LegalName", "Test: чужа назва"), ("Edrpou", CatalogTestData.ValidEdrpou(923)));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(BusinessIdentityCorrection.NotWhenVerified, await TextAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await portal.PostAsync($"/business/{pending.BusinessId}/identity", ("LegalName", "Test: чужа назва"), ("Edrpou", CatalogTestData.ValidEdrpou(923)))).StatusCode);

        Assert.Equal(("Test: business 921", CatalogTestData.ValidEdrpou(921)), Identity(await BusinessAsync(bed, verified.BusinessId)));
        Assert.Equal(("Test: business 922", CatalogTestData.ValidEdrpou(922)), Identity(await BusinessAsync(bed, pending.BusinessId)));
    }

    [Fact]
    public async Task Another_business_s_user_cannot_correct_the_legal_identity()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        await PortalTestData.BusinessWithRecordsAsync(bed, ownerA, 931);
        var b = await PortalTestData.BusinessWithRecordsAsync(bed, ownerB, 932);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{b.BusinessId}/reject", ("reason", Reason))).StatusCode);
        var attacker = await PortalTestData.SignInAsync(bed, "a@firma.example");

        var response = await attacker.PostAsync($"/business/{b.BusinessId}/identity", ("LegalName", "Test: захоплено"), ("Edrpou", CatalogTestData.ValidEdrpou(933)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(("Test: business 932", CatalogTestData.ValidEdrpou(932)), Identity(await BusinessAsync(bed, b.BusinessId)));
        Assert.DoesNotContain(await HistoryAsync(bed, b.BusinessId), h => h.Action == BusinessModerationHistory.IdentityCorrected);
    }

    private static (string, string?) Identity(Business b) => (b.LegalName, b.Edrpou);

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Task<Business> BusinessAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().AsNoTracking().SingleAsync(b => b.Id == id));

    private static Task<List<AuditEntry>> HistoryAsync(BackofficeTestBed bed, Guid id) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking().Where(a => a.Subject == id.ToString()).ToListAsync());

    private static async Task<int> HistoryCountAsync(BackofficeTestBed bed, Guid id) => (await HistoryAsync(bed, id)).Count;
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;

namespace SisterCities.Tests.Catalog;

/// <summary>A rejected business corrects its legal name and EDRPOU (registration's checks), recorded old → new in the history.</summary>
public sealed class BusinessIdentityCorrectionTests
{
    private const string Reason = "Код ЄДРПОУ належить іншій компанії.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Owner_corrects_the_edrpou_after_a_rejection_and_the_history_keeps_old_and_new_since_the_rejection(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var business = await RegisteredAsync(bed, owner, 801);
        await RejectAsync(bed, admin, business.Id);
        var newCode = CatalogTestData.ValidEdrpou(802);

        var result = await CorrectAsync(bed, owner, business.Id, "Test: ТОВ «Виправлена назва»", newCode);

        Assert.True(result.Succeeded);
        var stored = await BusinessAsync(bed, business.Id);
        Assert.Equal(("Test: ТОВ «Виправлена назва»", newCode, VerificationState.Rejected), (stored.LegalName, stored.Edrpou, stored.State));
        Assert.Contains("виправлена назва", stored.SearchName, StringComparison.Ordinal);
        var row = (await HistoryAsync(bed, business.Id))[^1];
        Assert.Equal((BusinessModerationHistory.IdentityCorrected, owner, bed.LvivId), (row.Action, row.ActorId, row.SiteId));
        Assert.Equal(
            $"Юридична назва / Legal name: «Test: business 801» → «Test: ТОВ «Виправлена назва»»\nЄДРПОУ / EDRPOU: {business.Edrpou} → {newCode}",
            row.Detail);

        // Submitted again: pending, and the moderator's view of "what changed since the rejection" holds the correction.
        Assert.True((await bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessResubmission>().ResubmitAsync(TestActor.User(owner), business.Id, CancellationToken.None))).Succeeded);
        var since = await CorrectionsAsync(bed, business.Id);
        Assert.Equal([row.Id], since.Select(r => r.Id));

        // A new rejection starts a new "since": the earlier correction is history, no longer "since the rejection".
        await bed.WithScopeAsync(async sp => Assert.True((await sp.GetRequiredService<BusinessModeration>()
            .RejectAsync(TestActor.SiteAdmin(admin, bed.LvivId), business.Id, "Ще раз.", CancellationToken.None)).Succeeded));
        Assert.Empty(await CorrectionsAsync(bed, business.Id));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Invalid_or_duplicate_edrpou_is_refused_and_nothing_stored_changes(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var business = await RegisteredAsync(bed, owner, 811);
        var other = await RegisteredAsync(bed, owner, 812);
        await RejectAsync(bed, admin, business.Id);
        var historyBefore = (await HistoryAsync(bed, business.Id)).Count;

        var wrongDigit = CatalogTestData.ValidEdrpou(813)[..7] + ((CatalogTestData.ValidEdrpou(813)[7] - '0' + 1) % 10);
        var checksum = await CorrectAsync(bed, owner, business.Id, "Test: нова назва", wrongDigit);
        Assert.Equal(CatalogOutcome.Invalid, checksum.Outcome);
        Assert.Equal(BusinessIdentityRules.InvalidEdrpou, Assert.Single(checksum.Errors["edrpou"]));
        Assert.Equal(CatalogOutcome.Invalid, (await CorrectAsync(bed, owner, business.Id, "Test: нова назва", "1234567")).Outcome);
        var blankName = await CorrectAsync(bed, owner, business.Id, "   ", CatalogTestData.ValidEdrpou(813));
        Assert.Equal(CatalogOutcome.Invalid, blankName.Outcome);
        Assert.True(blankName.Errors.ContainsKey("legalName"));

        var duplicate = await CorrectAsync(bed, owner, business.Id, "Test: нова назва", other.Edrpou);
        Assert.Equal(CatalogOutcome.Conflict, duplicate.Outcome);
        Assert.Equal(BusinessIdentityRules.DuplicateEdrpou, Assert.Single(duplicate.Errors["edrpou"]));
        Assert.Contains("вже зареєстровано", duplicate.Errors["edrpou"][0], StringComparison.Ordinal);

        var stored = await BusinessAsync(bed, business.Id);
        Assert.Equal(("Test: business 811", business.Edrpou), (stored.LegalName, stored.Edrpou));
        Assert.Equal(historyBefore, (await HistoryAsync(bed, business.Id)).Count);

        // The same values again change nothing and record nothing.
        Assert.True((await CorrectAsync(bed, owner, business.Id, "Test: business 811", business.Edrpou)).Succeeded);
        Assert.Equal(historyBefore, (await HistoryAsync(bed, business.Id)).Count);
    }

    [Fact]
    public async Task Only_a_rejected_business_and_only_its_managers_correct_the_legal_identity()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var (owner, admin) = await PeopleAsync(bed);
        var moderator = TestActor.SiteAdmin(admin, bed.LvivId);
        var pending = await RegisteredAsync(bed, owner, 821);
        var verified = await RegisteredAsync(bed, owner, 822);
        var suspended = await RegisteredAsync(bed, owner, 823);
        var rejected = await RegisteredAsync(bed, owner, 824);
        await bed.WithScopeAsync(async sp =>
        {
            var moderation = sp.GetRequiredService<BusinessModeration>();
            Assert.True((await moderation.VerifyAsync(moderator, verified.Id, CancellationToken.None)).Succeeded);
            Assert.True((await moderation.VerifyAsync(moderator, suspended.Id, CancellationToken.None)).Succeeded);
            Assert.True((await moderation.SuspendAsync(moderator, suspended.Id, "Скарги.", CancellationToken.None)).Succeeded);
            Assert.True((await moderation.RejectAsync(moderator, rejected.Id, Reason, CancellationToken.None)).Succeeded);
        });
        var stranger = await PortalTestData.ConfirmedUserAsync(bed, "stranger@example.org");
        var code = CatalogTestData.ValidEdrpou(825);

        var fromPending = await CorrectAsync(bed, owner, pending.Id, "Test: змінено", code);
        Assert.Equal((CatalogOutcome.Conflict, BusinessIdentityCorrection.NotWhilePending), (fromPending.Outcome, fromPending.Errors["state"][0]));
        var fromVerified = await CorrectAsync(bed, owner, verified.Id, "Test: змінено", code);
        Assert.Equal((CatalogOutcome.Conflict, BusinessIdentityCorrection.NotWhenVerified), (fromVerified.Outcome, fromVerified.Errors["state"][0]));
        Assert.Equal(CatalogOutcome.Forbidden, (await CorrectAsync(bed, owner, suspended.Id, "Test: змінено", code)).Outcome);
        Assert.Equal(CatalogOutcome.Forbidden, (await CorrectAsync(bed, stranger, rejected.Id, "Test: змінено", code)).Outcome);
        Assert.Equal(CatalogOutcome.Forbidden, (await CorrectAsync(bed, admin, rejected.Id, "Test: змінено", code)).Outcome);
        Assert.Equal(CatalogOutcome.NotFound, (await CorrectAsync(bed, owner, Guid.NewGuid(), "Test: змінено", code)).Outcome);

        foreach (var b in new[] { pending, verified, suspended, rejected })
        {
            var stored = await BusinessAsync(bed, b.Id);
            Assert.Equal((b.LegalName, b.Edrpou), (stored.LegalName, stored.Edrpou));
            Assert.DoesNotContain(await HistoryAsync(bed, b.Id), h => h.Action == BusinessModerationHistory.IdentityCorrected);
        }
    }

    [Fact]
    public async Task A_rejected_foreign_business_corrects_its_registration_number()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var network = await bed.CreateUserAsync("network@sistercities.example", networkAdmin: true);
        var foreign = await bed.WithScopeAsync(async sp => (await sp.GetRequiredService<BusinessRegistration>()
            .RegisterAsync(TestActor.User(owner), CatalogTestData.Foreign(city: "Lublin", name: "Test: Sp. z o.o."), CancellationToken.None)).Value!);
        await bed.WithScopeAsync(async sp => Assert.True((await sp.GetRequiredService<BusinessModeration>()
            .RejectAsync(TestActor.NetworkAdmin(network), foreign.Id, "Numer KRS nie istnieje.", CancellationToken.None)).Succeeded));

        var blank = await CorrectAsync(bed, owner, foreign.Id, "Test: Sp. z o.o.", null, " ");
        Assert.True(blank.Errors.ContainsKey("foreignRegistrationNumber"));
        var result = await CorrectAsync(bed, owner, foreign.Id, "Test: Sp. z o.o.", "12345678", "KRS 0000999999");

        Assert.True(result.Succeeded);
        var stored = await BusinessAsync(bed, foreign.Id);
        Assert.Equal(("KRS 0000999999", (string?)null, "PL"), (stored.ForeignRegistrationNumber, stored.Edrpou, stored.CountryCode));
        var row = (await HistoryAsync(bed, foreign.Id))[^1];
        Assert.Equal($"Реєстраційний номер / Registration number: {foreign.ForeignRegistrationNumber} → KRS 0000999999", row.Detail);
        Assert.Null(row.SiteId);
    }

    internal static async Task<(string Owner, string Admin)> PeopleAsync(BackofficeTestBed bed) =>
        (await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example"), await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin));

    private static Task<Business> RegisteredAsync(BackofficeTestBed bed, string owner, int seed) => bed.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User(owner), CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(seed), name: $"Test: business {seed}"), CancellationToken.None)).Value!);

    private static Task RejectAsync(BackofficeTestBed bed, string admin, Guid businessId) => bed.WithScopeAsync(async sp =>
        Assert.True((await sp.GetRequiredService<BusinessModeration>().RejectAsync(TestActor.SiteAdmin(admin, bed.LvivId), businessId, Reason, CancellationToken.None)).Succeeded));

    private static Task<CatalogResult<Business>> CorrectAsync(BackofficeTestBed bed, string userId, Guid businessId, string legalName, string? edrpou, string? foreignNumber = null) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessIdentityCorrection>().CorrectAsync(
            TestActor.User(userId), businessId, new BusinessIdentityUpdate { LegalName = legalName, Edrpou = edrpou, ForeignRegistrationNumber = foreignNumber }, CancellationToken.None));

    private static Task<IReadOnlyList<AuditEntry>> CorrectionsAsync(BackofficeTestBed bed, Guid businessId) => bed.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<BusinessModerationHistory>().CorrectionsSinceRejectionAsync([businessId], CancellationToken.None)).GetValueOrDefault(businessId) ?? []);

    private static Task<Business> BusinessAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().AsNoTracking().SingleAsync(b => b.Id == id));

    private static Task<List<AuditEntry>> HistoryAsync(BackofficeTestBed bed, Guid id) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking().Where(a => a.Subject == id.ToString()).OrderBy(a => a.Id).ToListAsync());
}

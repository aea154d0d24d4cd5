using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;

namespace SisterCities.Tests.Catalog;

/// <summary>"Submit again for verification" after a rejection: the state rule, the history, the moderators' mail, the daily limit.</summary>
public sealed class BusinessResubmissionTests
{
    private const string Reason = "Код ЄДРПОУ не збігається з назвою в реєстрі.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_rejected_business_submitted_again_is_pending_in_the_queue_keeps_its_history_and_the_site_admins_are_mailed(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var business = await RejectedAsync(bed, owner, admin, 601);

        var result = await ResubmitAsync(bed, owner, business.Id);

        Assert.True(result.Succeeded);
        var stored = await BusinessAsync(bed, business.Id);
        Assert.Equal((VerificationState.Pending, (string?)null, owner), (stored.State, stored.StateReason, stored.StateChangedBy));
        var queue = await bed.WithScopeAsync(sp => sp.GetRequiredService<ModerationQueue>().PendingAsync(TestActor.SiteAdmin(admin, bed.LvivId), 50, CancellationToken.None));
        Assert.Equal([business.Id], queue.Select(b => b.Id));

        // The rejection and its reason stay in the audit log of the municipality, followed by the resubmission.
        var history = await HistoryAsync(bed, business.Id);
        Assert.Equal(
            [(BusinessModerationHistory.Rejected, admin, Reason), (BusinessModerationHistory.Resubmitted, owner, Reason)],
            history.Select(h => (h.Action, h.ActorId, h.Detail)));
        Assert.All(history, h => Assert.Equal(bed.LvivId, h.SiteId));

        // The municipality's site admin is told (with the earlier reason); the owner and the network admin are not.
        var mail = await OutboxAsync(bed);
        var notice = Assert.Single(mail);
        Assert.Equal("admin@lviv.example", notice.To);
        Assert.Contains("Test: business 601", notice.Subject, StringComparison.Ordinal);
        Assert.Contains(Reason, notice.Body, StringComparison.Ordinal);
        Assert.Contains(BusinessModeratorMail.QueuePath, notice.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Only_a_rejected_business_can_be_submitted_again_and_only_by_its_managers(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var moderator = TestActor.SiteAdmin(admin, bed.LvivId);
        var pending = await RegisteredAsync(bed, owner, 611);
        var verified = await RegisteredAsync(bed, owner, 612);
        var suspended = await RegisteredAsync(bed, owner, 613);
        var rejected = await RegisteredAsync(bed, owner, 614);
        await bed.WithScopeAsync(async sp =>
        {
            var moderation = sp.GetRequiredService<BusinessModeration>();
            Assert.True((await moderation.VerifyAsync(moderator, verified.Id, CancellationToken.None)).Succeeded);
            Assert.True((await moderation.VerifyAsync(moderator, suspended.Id, CancellationToken.None)).Succeeded);
            Assert.True((await moderation.SuspendAsync(moderator, suspended.Id, "Скарги покупців.", CancellationToken.None)).Succeeded);
            Assert.True((await moderation.RejectAsync(moderator, rejected.Id, Reason, CancellationToken.None)).Succeeded);
        });
        var stranger = await PortalTestData.ConfirmedUserAsync(bed, "stranger@example.org");

        Assert.Equal(CatalogOutcome.Conflict, (await ResubmitAsync(bed, owner, pending.Id)).Outcome);
        Assert.Equal(CatalogOutcome.Conflict, (await ResubmitAsync(bed, owner, verified.Id)).Outcome);
        var fromSuspended = await ResubmitAsync(bed, owner, suspended.Id);
        Assert.Equal(CatalogOutcome.Conflict, fromSuspended.Outcome);
        Assert.Contains("only a moderator", fromSuspended.Errors["state"][0], StringComparison.Ordinal);
        Assert.Equal(CatalogOutcome.Forbidden, (await ResubmitAsync(bed, stranger, rejected.Id)).Outcome);
        Assert.Equal(CatalogOutcome.Forbidden, (await ResubmitAsync(bed, admin, rejected.Id)).Outcome);
        Assert.Equal(CatalogOutcome.NotFound, (await ResubmitAsync(bed, owner, Guid.NewGuid())).Outcome);

        Assert.Equal(
            [VerificationState.Pending, VerificationState.Verified, VerificationState.Suspended, VerificationState.Rejected],
            [(await BusinessAsync(bed, pending.Id)).State, (await BusinessAsync(bed, verified.Id)).State, (await BusinessAsync(bed, suspended.Id)).State, (await BusinessAsync(bed, rejected.Id)).State]);
        Assert.Empty(await OutboxAsync(bed));

        // The moderator lifts the suspension; the business is public again.
        Assert.True((await bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessModeration>().ReinstateAsync(moderator, suspended.Id, CancellationToken.None))).Succeeded);
        Assert.Equal(VerificationState.Verified, (await BusinessAsync(bed, suspended.Id)).State);
        Assert.Equal(BusinessModerationHistory.Reinstated, (await HistoryAsync(bed, suspended.Id))[^1].Action);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_business_is_submitted_again_at_most_once_in_24_hours(DatabaseProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var bed = await BackofficeTestBed.StartAsync(clock, provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var business = await RejectedAsync(bed, owner, admin, 621);
        Assert.True((await ResubmitAsync(bed, owner, business.Id)).Succeeded);

        clock.Advance(TimeSpan.FromHours(1));
        await RejectAsync(bed, admin, business.Id);
        var tooSoon = await ResubmitAsync(bed, owner, business.Id);
        Assert.Equal(CatalogOutcome.TooManyRequests, tooSoon.Outcome);
        Assert.Contains("2026-03-03 09:00 UTC", tooSoon.Errors["state"][0], StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(59));
        Assert.Equal(CatalogOutcome.TooManyRequests, (await ResubmitAsync(bed, owner, business.Id)).Outcome);
        Assert.Equal(VerificationState.Rejected, (await BusinessAsync(bed, business.Id)).State);
        Assert.Single(await OutboxAsync(bed));

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.True((await ResubmitAsync(bed, owner, business.Id)).Succeeded);
        Assert.Equal(2, (await OutboxAsync(bed)).Count);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_burst_of_simultaneous_resubmissions_moves_the_business_once_and_mails_once(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var (owner, admin) = await PeopleAsync(bed);
        var business = await RejectedAsync(bed, owner, admin, 641);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => ResubmitAsync(bed, owner, business.Id))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(CatalogOutcome.Conflict, r.Outcome));
        Assert.Single(await OutboxAsync(bed));
        Assert.Single(await HistoryAsync(bed, business.Id), h => h.Action == BusinessModerationHistory.Resubmitted);
        Assert.Equal(VerificationState.Pending, (await BusinessAsync(bed, business.Id)).State);
    }

    [Fact]
    public async Task Network_admins_are_mailed_for_a_foreign_business_and_for_a_municipality_without_a_site_admin()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var network = await bed.CreateUserAsync("network@sistercities.example", networkAdmin: true);
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var foreign = await bed.WithScopeAsync(async sp => (await sp.GetRequiredService<BusinessRegistration>()
            .RegisterAsync(TestActor.User(owner), CatalogTestData.Foreign(city: "Lublin", name: "Test: Sp. z o.o."), CancellationToken.None)).Value!);
        var lviv = await RegisteredAsync(bed, owner, 631);
        await RejectAsync(bed, network, foreign.Id);
        await RejectAsync(bed, network, lviv.Id);

        Assert.True((await ResubmitAsync(bed, owner, foreign.Id)).Succeeded);
        Assert.True((await ResubmitAsync(bed, owner, lviv.Id)).Succeeded);

        // Lviv has no site admin in this network, so nobody would see the mail but a network admin; Kyiv's admin is not asked.
        var mail = await OutboxAsync(bed);
        Assert.Equal(["network@sistercities.example", "network@sistercities.example"], mail.Select(m => m.To));
        Assert.Contains("Test: Sp. z o.o.", mail[0].Subject, StringComparison.Ordinal);
        Assert.Contains("Lublin (PL)", mail[0].Subject, StringComparison.Ordinal);
        Assert.Equal(
            new[] { foreign.Id, lviv.Id }.Order(),
            (await bed.WithScopeAsync(sp => sp.GetRequiredService<ModerationQueue>().PendingAsync(TestActor.NetworkAdmin(network), 50, CancellationToken.None))).Select(b => b.Id).Order());
    }

    private static async Task<(string Owner, string Admin)> PeopleAsync(BackofficeTestBed bed) =>
        (await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example"), await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin));

    private static Task<Business> RegisteredAsync(BackofficeTestBed bed, string owner, int seed) => bed.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User(owner), CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(seed), name: $"Test: business {seed}"), CancellationToken.None)).Value!);

    private static async Task<Business> RejectedAsync(BackofficeTestBed bed, string owner, string admin, int seed)
    {
        var business = await RegisteredAsync(bed, owner, seed);
        await RejectAsync(bed, admin, business.Id);
        return business;
    }

    private static Task RejectAsync(BackofficeTestBed bed, string moderatorId, Guid businessId) => bed.WithScopeAsync(async sp =>
    {
        var moderator = new TestActor(moderatorId, true);
        Assert.True((await sp.GetRequiredService<BusinessModeration>().RejectAsync(moderator, businessId, Reason, CancellationToken.None)).Succeeded);
    });

    private static Task<CatalogResult<Business>> ResubmitAsync(BackofficeTestBed bed, string userId, Guid businessId) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessResubmission>().ResubmitAsync(TestActor.User(userId), businessId, CancellationToken.None));

    private static Task<Business> BusinessAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().AsNoTracking().SingleAsync(b => b.Id == id));

    private static Task<List<AuditEntry>> HistoryAsync(BackofficeTestBed bed, Guid id) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking().Where(a => a.Subject == id.ToString()).OrderBy(a => a.Id).ToListAsync());

    private static Task<List<OutboxMail>> OutboxAsync(BackofficeTestBed bed) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());
}

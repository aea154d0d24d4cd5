using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog;

public sealed class BusinessModerationTests
{
    [Fact]
    public async Task A_site_admin_of_the_municipality_verifies_rejects_suspends_and_reinstates()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var pending = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), state: VerificationState.Pending);
        var other = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), state: VerificationState.Pending);
        var lvivAdmin = TestActor.SiteAdmin("lviv-admin", sites.Lviv);
        await app.WithScopeAsync(async services =>
        {
            var moderation = services.GetRequiredService<BusinessModeration>();
            var verified = await moderation.VerifyAsync(lvivAdmin, pending.Id, CancellationToken.None);
            Assert.Equal(VerificationState.Verified, verified.Value!.State);
            Assert.Equal("lviv-admin", verified.Value.StateChangedBy);
            Assert.NotNull(verified.Value.StateChangedAt);

            var suspended = await moderation.SuspendAsync(lvivAdmin, pending.Id, "Complaint about a fake certificate", CancellationToken.None);
            Assert.Equal((VerificationState.Suspended, "Complaint about a fake certificate"), (suspended.Value!.State, suspended.Value.StateReason));

            var reinstated = await moderation.ReinstateAsync(lvivAdmin, pending.Id, CancellationToken.None);
            Assert.Equal(VerificationState.Verified, reinstated.Value!.State);
            Assert.Null(reinstated.Value.StateReason);

            var rejected = await moderation.RejectAsync(lvivAdmin, other.Id, "The EDRPOU belongs to another company", CancellationToken.None);
            Assert.Equal(VerificationState.Rejected, rejected.Value!.State);
            var reconsidered = await moderation.ReconsiderAsync(lvivAdmin, other.Id, "The owner sent the register extract", CancellationToken.None);
            Assert.Equal(VerificationState.Pending, reconsidered.Value!.State);
        });
    }

    [Fact]
    public async Task Moves_the_state_machine_does_not_allow_are_conflicts()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var pending = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), state: VerificationState.Pending);
        var rejected = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), state: VerificationState.Rejected);
        var admin = TestActor.NetworkAdmin("admin");
        await app.WithScopeAsync(async services =>
        {
            var moderation = services.GetRequiredService<BusinessModeration>();
            Assert.Equal(CatalogOutcome.Conflict, (await moderation.SuspendAsync(admin, pending.Id, "why", CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Conflict, (await moderation.ReinstateAsync(admin, pending.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Conflict, (await moderation.VerifyAsync(admin, rejected.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Invalid, (await moderation.RejectAsync(admin, pending.Id, "  ", CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.NotFound, (await moderation.VerifyAsync(admin, Guid.NewGuid(), CancellationToken.None)).Outcome);
        });
    }

    [Fact]
    public async Task Only_admins_of_the_business_municipality_or_the_network_may_moderate()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var inLviv = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1), siteKey: "lviv"), state: VerificationState.Pending);
        var foreign = await RegisterAsync(app.Services, Foreign(), state: VerificationState.Pending);
        await app.WithScopeAsync(async services =>
        {
            var moderation = services.GetRequiredService<BusinessModeration>();
            var kharkivAdmin = TestActor.SiteAdmin("kharkiv-admin", sites.Kharkiv);
            Assert.Equal(CatalogOutcome.Forbidden, (await moderation.VerifyAsync(kharkivAdmin, inLviv.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await moderation.VerifyAsync(TestActor.User("citizen"), inLviv.Id, CancellationToken.None)).Outcome);

            // A foreign business has no municipality: a site admin of any city may not decide on it.
            var lvivAdmin = TestActor.SiteAdmin("lviv-admin", sites.Lviv);
            Assert.Equal(CatalogOutcome.Forbidden, (await moderation.VerifyAsync(lvivAdmin, foreign.Id, CancellationToken.None)).Outcome);
            Assert.True((await moderation.VerifyAsync(TestActor.NetworkAdmin("network"), foreign.Id, CancellationToken.None)).Succeeded);
            Assert.True((await moderation.VerifyAsync(lvivAdmin, inLviv.Id, CancellationToken.None)).Succeeded);
        });
    }

    [Fact]
    public async Task A_site_admin_may_not_verify_a_business_they_manage()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var own = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "lviv-admin", state: VerificationState.Pending);
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<BusinessModeration>()
                .VerifyAsync(TestActor.SiteAdmin("lviv-admin", sites.Lviv), own.Id, CancellationToken.None);
            Assert.Equal(CatalogOutcome.Forbidden, result.Outcome);
        });
    }
    [Fact]
    public async Task The_moderation_queue_shows_each_moderator_only_what_they_may_decide()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var lviv = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1), siteKey: "lviv"), state: VerificationState.Pending);
        var kharkiv = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2), siteKey: "kharkiv"), state: VerificationState.Pending);
        var foreign = await RegisterAsync(app.Services, Foreign(), state: VerificationState.Pending);
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(3), siteKey: "lviv"));
        await app.WithScopeAsync(async services =>
        {
            var queue = services.GetRequiredService<ModerationQueue>();
            Assert.Equal([lviv.Id], (await queue.PendingAsync(TestActor.SiteAdmin("lviv-admin", sites.Lviv), 50, CancellationToken.None)).Select(b => b.Id));
            Assert.Equal([kharkiv.Id], (await queue.PendingAsync(TestActor.SiteAdmin("kharkiv-admin", sites.Kharkiv), 50, CancellationToken.None)).Select(b => b.Id));
            Assert.Empty(await queue.PendingAsync(TestActor.User("citizen"), 50, CancellationToken.None));
            Assert.Equal(
                new[] { lviv.Id, kharkiv.Id, foreign.Id }.Order(),
                (await queue.PendingAsync(TestActor.NetworkAdmin("network"), 50, CancellationToken.None)).Select(b => b.Id).Order());
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog;

/// <summary>Profile edits, the team of managers and the inquiry inbox: each refuses accounts that do not act for the business.</summary>
public sealed class ManagerAccessTests
{
    [Fact]
    public async Task Managers_update_the_profile_and_activities_others_are_refused()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1), kved: ["62", "63"]), owner: "alice");
        await app.WithScopeAsync(async services =>
        {
            var editing = services.GetRequiredService<BusinessProfileEditing>();
            var update = new BusinessProfileUpdate
            {
                DisplayName = "Test: renamed",
                ContactEmail = "new@example.org",
                KvedCodes = ["58", "62"],
                ExportMarkets = ["md"],
                Texts = new() { ["uk"] = new BusinessText { Description = "Оновлений тестовий опис." } },
            };
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.UpdateAsync(TestActor.User("mallory"), business.Id, update, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.NotFound, (await editing.UpdateAsync(TestActor.User("alice"), Guid.NewGuid(), update, CancellationToken.None)).Outcome);
            Assert.True((await editing.UpdateAsync(TestActor.User("alice"), business.Id, update, CancellationToken.None)).Succeeded);

            var db = services.GetRequiredService<CmsDbContext>();
            db.ChangeTracker.Clear();
            var stored = await db.Set<Business>().AsNoTracking().Include(b => b.Activities).SingleAsync();
            Assert.Equal("Test: renamed", stored.DisplayName);
            Assert.Equal(["58", "62"], stored.Activities.OrderBy(a => a.Division).Select(a => a.Division));
            Assert.True(stored.Activities.Single(a => a.Division == "58").IsPrimary);
            Assert.Equal(["MD"], stored.ExportMarkets);
            Assert.Equal(VerificationState.Verified, stored.State);
        });
    }

    [Fact]
    public async Task Only_owners_manage_the_team_and_the_last_owner_stays()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        await app.WithScopeAsync(async services =>
        {
            var team = services.GetRequiredService<BusinessTeam>();
            var alice = TestActor.User("alice");
            Assert.True((await team.AddAsync(alice, business.Id, "bob", BusinessManagerRole.Manager, CancellationToken.None)).Succeeded);
            Assert.Equal(CatalogOutcome.Forbidden, (await team.AddAsync(TestActor.User("bob"), business.Id, "mallory", BusinessManagerRole.Owner, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await team.RemoveAsync(TestActor.User("bob"), business.Id, "alice", CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Conflict, (await team.RemoveAsync(alice, business.Id, "alice", CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Conflict, (await team.AddAsync(alice, business.Id, "alice", BusinessManagerRole.Manager, CancellationToken.None)).Outcome);
            Assert.True((await team.RemoveAsync(alice, business.Id, "bob", CancellationToken.None)).Succeeded);
            Assert.Equal(["alice"], await services.GetRequiredService<CmsDbContext>().Set<BusinessManager>().Select(m => m.UserId).ToListAsync());
        });
    }

    [Fact]
    public async Task Only_the_recipient_reads_and_marks_inquiries()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), owner: "mallory");
        await app.WithScopeAsync(async services =>
        {
            var sent = await services.GetRequiredService<InquiryIntake>().SubmitAsync(new InquiryRequest
            {
                BusinessId = business.Id,
                FromName = "Test Buyer",
                FromEmail = "buyer@example.com",
                Subject = "Prices",
                Message = "Your price list, please.",
                ConsentText = "I agree.",
                ConsentGiven = true,
            }, "192.0.2.1", CancellationToken.None);
            var inbox = services.GetRequiredService<InquiryInbox>();
            var mallory = TestActor.User("mallory");
            var pages = services.GetRequiredService<SisterCities.Cms.Catalog.Portal.InboxPages>();
            Assert.Equal(0, (await pages.LoadAsync(mallory.UserId, business.Id, 1, unreadOnly: false, CancellationToken.None)).Total);
            Assert.Equal(CatalogOutcome.Forbidden, (await inbox.MarkReadAsync(mallory, sent.Value!.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await inbox.MarkRepliedAsync(TestActor.NetworkAdmin("admin"), sent.Value.Id, CancellationToken.None)).Outcome);

            var alice = TestActor.User("alice");
            Assert.Single((await pages.LoadAsync(alice.UserId, business.Id, 1, unreadOnly: false, CancellationToken.None)).Rows);
            var replied = await inbox.MarkRepliedAsync(alice, sent.Value.Id, CancellationToken.None);
            Assert.NotNull(replied.Value!.ReadAt);
            Assert.NotNull(replied.Value.RepliedAt);
        });
    }
}

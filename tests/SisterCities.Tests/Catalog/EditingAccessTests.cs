using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;
using static SisterCities.Tests.Catalog.CatalogVisibilityTests;

namespace SisterCities.Tests.Catalog;

/// <summary>Every editing method refuses an account that does not manage the record's owner, whatever ids it passes.</summary>
public sealed class EditingAccessTests
{
    [Fact]
    public async Task Showroom_editing_refuses_accounts_that_do_not_manage_the_business()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var mine = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        var theirs = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), owner: "mallory");
        await app.WithScopeAsync(async services =>
        {
            var editing = services.GetRequiredService<ShowroomEditing>();
            var alice = TestActor.User("alice");
            var mallory = TestActor.User("mallory");
            var item = (await editing.CreateAsync(alice, mine.Id, Item("Original"), CancellationToken.None)).Value!;

            Assert.Equal(CatalogOutcome.Forbidden, (await editing.CreateAsync(mallory, mine.Id, Item("Injected"), CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.UpdateAsync(mallory, item.Id, Item("Defaced"), CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.DeleteAsync(mallory, item.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.ReorderAsync(mallory, mine.Id, [item.Id], CancellationToken.None)).Outcome);
            // Managing another business does not help: her own showroom does not hold Alice's item.
            Assert.Equal(CatalogOutcome.Invalid, (await editing.ReorderAsync(mallory, theirs.Id, [item.Id], CancellationToken.None)).Outcome);
            // A network admin is a moderator, not an editor of businesses.
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.UpdateAsync(TestActor.NetworkAdmin("admin"), item.Id, Item("Admin edit"), CancellationToken.None)).Outcome);

            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Contains(await db.ChangeFeed.ToListAsync(), f => f.Entity == ShowroomItem.FeedEntityName && f.EntityId == item.Id.ToString() && f.Change == FeedChanges.Created);
            var stored = await db.Set<ShowroomItem>().AsNoTracking().SingleAsync();
            Assert.Equal("Original", stored.Texts["en"].Name);
            Assert.Equal(mine.Id, stored.BusinessId);
        });
    }

    [Fact]
    public async Task Managers_edit_reorder_and_delete_their_showroom()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        await app.WithScopeAsync(async services =>
        {
            var editing = services.GetRequiredService<ShowroomEditing>();
            var alice = TestActor.User("alice");
            var first = (await editing.CreateAsync(alice, business.Id, Item("First"), CancellationToken.None)).Value!;
            var second = (await editing.CreateAsync(alice, business.Id, Item("Second"), CancellationToken.None)).Value!;
            var reordered = await editing.ReorderAsync(alice, business.Id, [second.Id, first.Id], CancellationToken.None);
            Assert.Equal([second.Id, first.Id], reordered.Value!.Select(i => i.Id));
            Assert.Equal(CatalogOutcome.Invalid, (await editing.ReorderAsync(alice, business.Id, [second.Id], CancellationToken.None)).Outcome);
            Assert.True((await editing.UpdateAsync(alice, first.Id, Item("First, renamed"), CancellationToken.None)).Succeeded);
            Assert.Equal(CatalogOutcome.Invalid, (await editing.UpdateAsync(alice, first.Id, Item("Bad code", kved: "04"), CancellationToken.None)).Outcome);
            Assert.True((await editing.DeleteAsync(alice, second.Id, CancellationToken.None)).Succeeded);
            Assert.Equal(CatalogOutcome.NotFound, (await editing.DeleteAsync(alice, second.Id, CancellationToken.None)).Outcome);
        });
    }

    [Fact]
    public async Task Project_editing_refuses_accounts_that_do_not_own_the_project()
    {
        using var app = CmsAppFactory.Sqlite();
        var sites = await SeedSitesAsync(app.Services);
        var business = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice");
        await app.WithScopeAsync(async services =>
        {
            var editing = services.GetRequiredService<ProjectEditing>();
            var alice = TestActor.User("alice");
            var mallory = TestActor.User("mallory");
            var lvivAdmin = TestActor.SiteAdmin("lviv-admin", sites.Lviv);
            var kharkivAdmin = TestActor.SiteAdmin("kharkiv-admin", sites.Kharkiv);
            var businessProject = (await editing.CreateAsync(alice, Project(business.Id, ProjectStatus.Draft), CancellationToken.None)).Value!;
            var municipal = Project(null, ProjectStatus.Open);
            municipal.OwnerSiteId = sites.Lviv;
            var cityProject = (await editing.CreateAsync(lvivAdmin, municipal, CancellationToken.None)).Value!;

            Assert.Equal(CatalogOutcome.Forbidden, (await editing.CreateAsync(mallory, Project(business.Id, ProjectStatus.Open), CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.UpdateAsync(mallory, businessProject.Id, Project(business.Id, ProjectStatus.Open), CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.SetStatusAsync(mallory, businessProject.Id, ProjectStatus.Open, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.DeleteAsync(mallory, businessProject.Id, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.CreateAsync(kharkivAdmin, municipal, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.UpdateAsync(kharkivAdmin, cityProject.Id, municipal, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.SetStatusAsync(alice, cityProject.Id, ProjectStatus.Closed, CancellationToken.None)).Outcome);
            Assert.Equal(CatalogOutcome.Forbidden, (await editing.DeleteAsync(kharkivAdmin, cityProject.Id, CancellationToken.None)).Outcome);

            // Moving a project to a business one manages is not possible through the draft: the owner is fixed.
            var moved = Project(Guid.NewGuid(), ProjectStatus.Open);
            Assert.True((await editing.UpdateAsync(alice, businessProject.Id, moved, CancellationToken.None)).Succeeded);
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Contains(await db.ChangeFeed.ToListAsync(), f => f.Entity == InvestmentProject.FeedEntityName && f.EntityId == cityProject.Id.ToString() && f.SiteId == sites.Lviv);
            Assert.Equal(business.Id, (await db.Set<InvestmentProject>().AsNoTracking().SingleAsync(p => p.Id == businessProject.Id)).BusinessId);
            Assert.Equal(ProjectStatus.Open, (await db.Set<InvestmentProject>().AsNoTracking().SingleAsync(p => p.Id == cityProject.Id)).Status);
            Assert.True((await editing.SetStatusAsync(TestActor.NetworkAdmin("network"), cityProject.Id, ProjectStatus.Funded, CancellationToken.None)).Succeeded);
        });
    }

    [Fact]
    public async Task Managers_of_a_suspended_business_cannot_edit_it()
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        var suspended = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "alice", state: Cms.Catalog.Businesses.VerificationState.Suspended);
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<ShowroomEditing>().CreateAsync(TestActor.User("alice"), suspended.Id, Item("New"), CancellationToken.None);
            Assert.Equal(CatalogOutcome.Forbidden, result.Outcome);
        });
    }
}

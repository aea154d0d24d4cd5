using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

/// <summary>Every write of sites and content announces itself on the change feed in the same transaction.</summary>
public sealed class ChangeFeedWriteTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Committed_site_and_content_writes_append_exactly_their_feed_rows(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var writer = services.GetRequiredService<ContentWriter>();
            var start = await ChangeFeedReader.LatestSeqAsync(db, default);

            var site = FeedRows.NewSite(TestCitySite.Lviv);
            db.Add(site);
            await db.SaveChangesAsync();
            Assert.Equal([("site", "lviv", FeedChanges.Created)], await FeedRows.AfterAsync(db, start));

            var afterSite = await ChangeFeedReader.LatestSeqAsync(db, default);
            var home = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.Home);
            var item = await writer.CreateAsync(
                site.Id, null, home, new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, []) }, ContentAuthor.System, default);
            var key = item.Key.ToString();
            var created = await FeedRows.AfterAsync(db, afterSite);
            Assert.Equal(("content", key, FeedChanges.Created), created[0]);
            Assert.All(created, row => Assert.Equal(("content", key), (row.Entity, row.EntityId)));

            var afterCreate = await ChangeFeedReader.LatestSeqAsync(db, default);
            await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, default);
            Assert.Equal(
                [("content", key, FeedChanges.Published), ("content", key, FeedChanges.Updated)],
                (await FeedRows.AfterAsync(db, afterCreate)).Order());

            var afterPublish = await ChangeFeedReader.LatestSeqAsync(db, default);
            await writer.UnpublishAsync(item.Key, "uk", ContentAuthor.System, default);
            Assert.Equal(
                [("content", key, FeedChanges.Unpublished), ("content", key, FeedChanges.Updated)],
                (await FeedRows.AfterAsync(db, afterPublish)).Order());
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Rolled_back_content_write_leaves_neither_content_nor_feed_rows(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var writer = services.GetRequiredService<ContentWriter>();
            var site = FeedRows.NewSite(TestCitySite.Kharkiv);
            db.Add(site);
            await db.SaveChangesAsync();
            var start = await ChangeFeedReader.LatestSeqAsync(db, default);
            var home = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.Home);

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                // The writer joins the caller's transaction (OwnedTransaction), as an import would.
                await writer.CreateAsync(
                    site.Id, null, home, new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, new JsonObject()) }, ContentAuthor.System, default);
                Assert.NotEmpty(await FeedRows.AfterAsync(db, start));
                await transaction.RollbackAsync();
            }

            db.ChangeTracker.Clear();
            Assert.Empty(await FeedRows.AfterAsync(db, start));
            Assert.False(await db.Set<ContentItem>().AnyAsync(i => i.SiteId == site.Id));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Site_write_that_fails_leaves_no_feed_row(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            db.Add(FeedRows.NewSite(TestCitySite.Lviv));
            await db.SaveChangesAsync();
            var start = await ChangeFeedReader.LatestSeqAsync(db, default);

            // A second site claiming the same host name violates the unique index: nothing may be written.
            var clash = FeedRows.NewSite(TestCitySite.Kharkiv);
            clash.Hostnames = [new SiteHostname { Hostname = TestCitySite.Lviv.Hostname }];
            db.Add(clash);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

            db.ChangeTracker.Clear();
            Assert.Empty(await FeedRows.AfterAsync(db, start));
            Assert.False(await db.Set<Site>().AnyAsync(s => s.Key == TestCitySite.Kharkiv.Key));
        });
    }
}

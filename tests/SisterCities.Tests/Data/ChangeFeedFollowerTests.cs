using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

/// <summary>The follower hands every committed feed row to its listeners, in order, and waits at a young gap.</summary>
public sealed class ChangeFeedFollowerTests
{
    /// <summary>How many fake poll intervals a test advances before it gives up (not a wall-clock limit).</summary>
    private const int MaxPolls = 500;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Follower_delivers_a_publish_to_its_listeners(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = CmsAppFactory.For(provider);
        var listener = new RecordingListener();
        using var follower = new ChangeFeedFollower(
            app.Services.GetRequiredService<IServiceScopeFactory>(), [listener], time, NullLogger<ChangeFeedFollower>.Instance);
        await follower.StartAsync(default);
        try
        {
            var key = await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<CmsDbContext>();
                var site = FeedRows.NewSite(TestCitySite.Lviv);
                db.Add(site);
                await db.SaveChangesAsync();
                var home = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.Home);
                var writer = services.GetRequiredService<ContentWriter>();
                var item = await writer.CreateAsync(
                    site.Id, null, home, new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, new JsonObject()) }, ContentAuthor.System, default);
                await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, default);
                return item.Key.ToString();
            });

            await PollUntilAsync(time, () => listener.Rows.Any(r => r.EntityId == key && r.Change == FeedChanges.Published));

            var seqs = listener.Rows.Select(r => r.Seq).ToList();
            Assert.Equal(seqs.Order(), seqs);
            Assert.Equal(seqs.Count, seqs.Distinct().Count());
            Assert.Contains(listener.Rows, r => r.Entity == "site" && r.EntityId == "lviv" && r.Change == FeedChanges.Created);
            Assert.Equal(seqs[^1], follower.Position);
        }
        finally
        {
            await follower.StopAsync(default);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Follower_waits_at_a_young_gap_and_steps_over_it_after_the_timeout(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = CmsAppFactory.For(provider);
        var listener = new RecordingListener();
        using var follower = new ChangeFeedFollower(
            app.Services.GetRequiredService<IServiceScopeFactory>(), [listener], time, NullLogger<ChangeFeedFollower>.Instance);
        await follower.StartAsync(default);
        try
        {
            var head = follower.Position;
            await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<CmsDbContext>();
                // Stamped an hour ahead of the fake clock, so the gap stays young however many polls pass.
                var stamp = time.GetUtcNow().AddHours(1);
                db.ChangeFeed.AddRange(FeedRows.At(head + 1, stamp), FeedRows.At(head + 3, stamp));
                await db.SaveChangesAsync();
            });

            await PollUntilAsync(time, () => follower.Position == head + 1);
            for (var i = 0; i < 5; i++)
            {
                time.Advance(ChangeFeedFollower.PollInterval);
                await Task.Delay(20);
            }

            Assert.Equal([head + 1], listener.Rows.Select(r => r.Seq));

            time.Advance(TimeSpan.FromHours(1) + ChangeFeedReader.GapTimeout + TimeSpan.FromSeconds(1));
            await PollUntilAsync(time, () => follower.Position == head + 3);
            Assert.Equal([head + 1, head + 3], listener.Rows.Select(r => r.Seq));
        }
        finally
        {
            await follower.StopAsync(default);
        }
    }

    /// <summary>Advances fake time one poll interval at a time until the follower has done its work.</summary>
    private static async Task PollUntilAsync(FakeTimeProvider time, Func<bool> done)
    {
        for (var i = 0; i < MaxPolls && !done(); i++)
        {
            time.Advance(ChangeFeedFollower.PollInterval);
            await Task.Delay(20);
        }

        Assert.True(done(), "The follower did not deliver the expected rows.");
    }

    private sealed class RecordingListener : IChangeFeedListener
    {
        private readonly ConcurrentQueue<ChangeFeedEntry> _rows = new();

        public IReadOnlyList<ChangeFeedEntry> Rows => [.. _rows];

        public Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
        {
            foreach (var change in changes)
            {
                _rows.Enqueue(change);
            }

            return Task.CompletedTask;
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

/// <summary>
/// A gap in the sequence may be a transaction that has not committed yet (PostgreSQL takes identity values at
/// insert time): the reader waits for it, and steps over it only once it is older than the timeout.
/// </summary>
public sealed class ChangeFeedReaderTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reader_stops_before_a_gap_younger_than_the_timeout(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var head = await ChangeFeedReader.LatestSeqAsync(db, default);
            db.ChangeFeed.AddRange(FeedRows.At(head + 1, time.GetUtcNow()), FeedRows.At(head + 2, time.GetUtcNow()), FeedRows.At(head + 4, time.GetUtcNow()));
            await db.SaveChangesAsync();

            time.Advance(ChangeFeedReader.GapTimeout - TimeSpan.FromSeconds(1));
            var rows = await ChangeFeedReader.ReadAfterAsync(db, head, 100, time.GetUtcNow(), default);

            Assert.Equal([head + 1, head + 2], rows.Select(r => r.Seq));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reader_steps_over_a_gap_older_than_the_timeout(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var head = await ChangeFeedReader.LatestSeqAsync(db, default);
            db.ChangeFeed.AddRange(FeedRows.At(head + 1, time.GetUtcNow()), FeedRows.At(head + 3, time.GetUtcNow()), FeedRows.At(head + 4, time.GetUtcNow()));
            await db.SaveChangesAsync();

            time.Advance(ChangeFeedReader.GapTimeout + TimeSpan.FromSeconds(1));
            var rows = await ChangeFeedReader.ReadAfterAsync(db, head, 100, time.GetUtcNow(), default);

            Assert.Equal([head + 1, head + 3, head + 4], rows.Select(r => r.Seq));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reader_from_the_start_of_the_feed_also_waits_for_a_young_gap(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var head = await ChangeFeedReader.LatestSeqAsync(db, default);
            db.ChangeFeed.AddRange(FeedRows.At(head + 1, time.GetUtcNow()), FeedRows.At(head + 3, time.GetUtcNow()));
            await db.SaveChangesAsync();

            // A new consumer (a search index being built) starts at 0 and must not jump a gap either.
            var rows = await ChangeFeedReader.ReadAfterAsync(db, 0, 10_000, time.GetUtcNow(), default);

            Assert.Equal(head + 1, rows[^1].Seq);
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace SisterCities.Cms.Data;

/// <summary>
/// Reads the feed after a sequence number without skipping rows that are still being committed.
/// On PostgreSQL an identity value is taken at insert time, so transaction B can commit seq 11 while
/// transaction A still holds seq 10; a reader that jumped to 11 would never see 10. We therefore stop at
/// the first gap and only step over it once it is older than <see cref="GapTimeout"/> (a rolled-back insert
/// leaves a gap for ever). A reader starting at 0 (a new search index) obeys the same rule: the feed starts at 1.
/// </summary>
public static class ChangeFeedReader
{
    public static readonly TimeSpan GapTimeout = TimeSpan.FromSeconds(5);

    public static async Task<IReadOnlyList<ChangeFeedEntry>> ReadAfterAsync(
        CmsDbContext db, long afterSeq, int max, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await db.ChangeFeed.AsNoTracking()
            .Where(e => e.Seq > afterSeq)
            .OrderBy(e => e.Seq)
            .Take(max)
            .ToListAsync(cancellationToken);

        var expected = afterSeq + 1;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Seq != expected && now - rows[i].OccurredAt < GapTimeout)
            {
                return rows.GetRange(0, i);
            }

            expected = rows[i].Seq + 1;
        }

        return rows;
    }

    public static async Task<long> LatestSeqAsync(CmsDbContext db, CancellationToken cancellationToken) =>
        await db.ChangeFeed.MaxAsync(e => (long?)e.Seq, cancellationToken) ?? 0;
}

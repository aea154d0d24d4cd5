using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

/// <summary>Small builders and readers for the change-feed tests.</summary>
internal static class FeedRows
{
    public static async Task<List<(string Entity, string EntityId, string Change)>> AfterAsync(CmsDbContext db, long afterSeq) =>
        (await db.ChangeFeed.AsNoTracking().Where(e => e.Seq > afterSeq).OrderBy(e => e.Seq).ToListAsync())
            .Select(e => (e.Entity, e.EntityId, e.Change)).ToList();

    public static Site NewSite(TestCitySite city) => new()
    {
        Key = city.Key,
        NameUk = city.NameUk,
        NameEn = city.NameEn,
        KatottgCode = city.KatottgCode,
        OblastNameUk = city.OblastNameUk,
        OblastNameEn = city.OblastNameEn,
        CreatedAt = DateTimeOffset.UtcNow,
        Hostnames = [new SiteHostname { Hostname = city.Hostname }],
    };

    /// <summary>A feed row with a chosen sequence number, to lay out gaps the way concurrent writers leave them.</summary>
    public static ChangeFeedEntry At(long seq, DateTimeOffset occurredAt) => new()
    {
        Seq = seq,
        Entity = "test",
        EntityId = seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Change = FeedChanges.Updated,
        OccurredAt = occurredAt,
    };
}

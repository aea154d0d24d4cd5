using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites.Import;

namespace SisterCities.Cms.Sites.DemoNetwork;

/// <summary>
/// Fills an empty database with the demo network: real municipalities from the shipped codifier (chosen by
/// <see cref="DemoNetworkSelection"/>), each with a published home page, a news list at <c>/news</c> in both
/// cultures, three labelled demo news items and two generic service pages. Everything goes through
/// <see cref="ContentWriter"/>, so versions and change-feed rows are the same as an editor's; each site and its
/// content commit in one transaction.
/// </summary>
public sealed class DemoNetworkSeeder(
    CmsDbContext db, SiteImporter importer, RichTextSanitizer sanitizer, TimeProvider clock, ILogger<DemoNetworkSeeder> logger)
{
    /// <summary>Seeds when the database has no site at all; returns the number of sites seeded.</summary>
    public async Task<int> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Site>().AnyAsync(cancellationToken))
        {
            return 0;
        }

        var watch = Stopwatch.StartNew();
        IReadOnlyList<PlannedSite> all;
        SiteImportReport report;
        await using (var stream = File.OpenRead(OpenDataFiles.Katottg))
        {
            (all, report) = await SiteImporter.PlanAsync(stream, cancellationToken);
        }

        var chosen = DemoNetworkSelection.Choose(all, DemoNetworkSelection.ReadTwinTownCities(OpenDataFiles.TwinTowns));
        var types = await db.Set<ContentType>().AsNoTracking().ToDictionaryAsync(t => t.Alias, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            for (var index = 0; index < chosen.Count; index++)
            {
                await SeedSiteAsync(chosen[index], index, report, types, now, cancellationToken);
            }
        }
        catch (DbUpdateException e)
        {
            // Two nodes started on one empty database: the node that loses the race for a site's rows (unique key,
            // host name or URL path) leaves the seed to the other instead of failing its start-up.
            db.ChangeTracker.Clear();
            if (await db.Set<Site>().AnyAsync(cancellationToken))
            {
                logger.LogWarning(e, "The demo network is being seeded by another node; this node skips the seed.");
                return 0;
            }

            throw;
        }

        logger.LogInformation("Seeded the demo network: {Count} sites with demo content in {Seconds:0.0} s.", chosen.Count, watch.Elapsed.TotalSeconds);
        return chosen.Count;
    }

    /// <summary>The site row and all its content in one transaction: a crash leaves whole demo sites only.</summary>
    private async Task SeedSiteAsync(
        PlannedSite plan, int index, SiteImportReport report, Dictionary<string, ContentType> types, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await importer.ApplyAsync([plan], report, cancellationToken);
        var site = await db.Set<Site>().AsNoTracking().SingleAsync(s => s.KatottgCode == plan.KatottgCode, cancellationToken);
        var writer = new ContentWriter(db, sanitizer, clock);
        var home = await CreatePublishedAsync(writer, site.Id, null, types[ContentTypeAliases.Home], DemoTexts.Home(site), cancellationToken);
        var news = await CreatePublishedAsync(writer, site.Id, home.Id, types[ContentTypeAliases.NewsList], DemoTexts.NewsList(), cancellationToken);
        var articles = DemoTexts.Articles(site);
        for (var k = 0; k < articles.Count; k++)
        {
            // Dated over the past five weeks, differently per site, oldest story last: a list looks lived-in.
            var publishedAt = now.AddDays(-(2 + (k * 11) + (index % 9))).AddHours(-((index + (k * 5)) % 10)).AddMinutes(-((index * 7) % 60));
            var datedWriter = new ContentWriter(db, sanitizer, new FixedClock(publishedAt));
            await CreatePublishedAsync(datedWriter, site.Id, news.Id, types[ContentTypeAliases.NewsArticle], articles[k], cancellationToken);
        }

        foreach (var service in DemoTexts.Services())
        {
            await CreatePublishedAsync(writer, site.Id, home.Id, types[ContentTypeAliases.Service], service, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task<ContentItem> CreatePublishedAsync(
        ContentWriter writer, int siteId, int? parentId, ContentType type, Dictionary<string, ContentDraft> cultures, CancellationToken cancellationToken)
    {
        foreach (var (culture, draft) in cultures)
        {
            var errors = ContentValidation.Validate(type, draft);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo {type.Alias} ({culture}) is invalid: {string.Join("; ", errors.SelectMany(e => e.Value))}");
            }
        }

        var item = await writer.CreateAsync(siteId, parentId, type, cultures, ContentAuthor.System, cancellationToken);
        foreach (var culture in cultures.Keys)
        {
            await writer.PublishAsync(item.Key, culture, ContentAuthor.System, cancellationToken);
        }

        return item;
    }
}

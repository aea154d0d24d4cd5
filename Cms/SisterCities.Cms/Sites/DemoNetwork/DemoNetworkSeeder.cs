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
/// <see cref="ContentWriter"/>, so versions and change-feed rows are the same as an editor's; one transaction per site.
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
        await importer.ApplyAsync(chosen, report, cancellationToken);

        var codes = chosen.Select(c => c.KatottgCode).ToList();
        var sites = await db.Set<Site>().AsNoTracking().Where(s => s.KatottgCode != null && codes.Contains(s.KatottgCode)).ToListAsync(cancellationToken);
        var types = await db.Set<ContentType>().AsNoTracking().ToDictionaryAsync(t => t.Alias, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var index = 0;
        foreach (var site in sites.OrderBy(s => codes.IndexOf(s.KatottgCode!)))
        {
            await SeedSiteAsync(site, index++, types, now, cancellationToken);
        }

        logger.LogInformation("Seeded the demo network: {Count} sites with demo content in {Seconds:0.0} s.", sites.Count, watch.Elapsed.TotalSeconds);
        return sites.Count;
    }

    private async Task SeedSiteAsync(Site site, int index, Dictionary<string, ContentType> types, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
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

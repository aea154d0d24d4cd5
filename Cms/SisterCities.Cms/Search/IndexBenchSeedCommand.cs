using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Search;

/// <summary>
/// <c>index bench-seed &lt;katottg.csv&gt; &lt;kved.csv&gt; &lt;count&gt;</c>: for the search benchmark only. Into an empty
/// database it writes sites for real hromadas and <c>count</c> search documents: 60 % published pages marked
/// <c>isDemo</c> (news and business-like pages combining a real municipality with a real KVED activity), 10 % of
/// <c>count</c> verified demo businesses (uk + en: 20 % of the documents) and 20 % showroom items, in bulk; then
/// <c>index rebuild</c> indexes them. Refuses a database that already has content.
/// </summary>
public sealed class IndexBenchSeedCommand(CmsDbContext db, Catalog.Classification.KvedClassification kved, TimeProvider clock) : ICliCommand
{
    private const int Batch = 2000;
    private const int SiteCount = 200;

    public string Name => "index bench-seed";

    public string Usage => "index bench-seed <katottg.csv> <kved.csv> <count>";

    public string Description => "Benchmark only: seed an EMPTY database with <count> demo pages for search benchmarks.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 3 || !int.TryParse(arguments[2], out var count) || count < 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (await db.Set<ContentItem>().AnyAsync(cancellationToken))
        {
            await output.WriteLineAsync("The database already has content; bench-seed only fills an empty one.");
            return 1;
        }

        // Every n-th hromada of the codifier, so all oblasts are present, plus the big ones by name.
        var all = File.ReadLines(arguments[0]).Skip(1).Select(l => l.Split(';')).Where(r => r.Length >= 7 && r[5] == "H")
            .Select(r => r[6].Trim()).Distinct().ToList();
        string[] big = ["Львівська", "Харківська", "Одеська", "Вінницька", "Запорізька", "Дніпровська", "Полтавська"];
        var hromadas = big.Where(all.Contains).Concat(all.Where((_, i) => i % (all.Count / SiteCount) == 0)).Distinct().Take(SiteCount).ToList();
        var activities = File.ReadLines(arguments[1]).Skip(1).Where(l => l.Contains(",division,", StringComparison.Ordinal))
            .Select(l => l.Split(",division,")[1].Trim('"')).Select(l => l.Split("\",\"")[0].Split(",")[0].Trim('"')).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        var sites = new List<Site>();
        foreach (var (name, i) in hromadas.Select((n, i) => (n, i)))
        {
            var key = Slug.From(UkrainianTransliteration.ToLatin(name)) + "-" + i;
            sites.Add(new Site { Key = key, NameUk = name + " громада", NameEn = UkrainianTransliteration.ToLatin(name) + " hromada", CreatedAt = now });
        }

        db.AddRange(sites);
        await db.SaveChangesAsync(cancellationToken);
        var businessCount = count / 10;
        var itemCount = count / 5;
        await BenchCatalogSeeder.SeedAsync(db, sites, kved, businessCount, itemCount, now, output, cancellationToken);
        var pages = count - 2 * businessCount - itemCount;
        for (var start = 0; start < pages; start += Batch)
        {
            var items = new List<(ContentItem Item, ContentVersion Version, string Name)>();
            for (var n = start; n < Math.Min(pages, start + Batch); n++)
            {
                var site = sites[n % sites.Count];
                var activity = activities[n % activities.Count];
                var business = n % 2 == 1;
                var name = business ? $"{site.NameUk}: підприємство №{n} — {activity}" : $"Новини: {site.NameUk} №{n}, {activity.ToLowerInvariant()}";
                var body = $"<p>{site.NameUk} ({site.NameEn}). {activity}. Демонстраційний запис для вимірювання пошуку, номер {n}.</p>";
                var item = new ContentItem { Key = Guid.NewGuid(), SiteId = site.Id, ContentTypeAlias = ContentTypeAliases.Page, Level = 1, SortOrder = n, CreateDate = now, UpdateDate = now };
                var values = new JsonObject { ["summary"] = name, ["body"] = body, ["isDemo"] = true };
                items.Add((item, new ContentVersion { Culture = "uk", Number = 1, Name = name, Values = values.ToJsonString(), AuthorName = "bench-seed", CreatedAt = now }, name));
            }

            db.AddRange(items.Select(i => i.Item));
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (item, version, _) in items)
            {
                version.ItemId = item.Id;
            }

            db.AddRange(items.Select(i => i.Version));
            await db.SaveChangesAsync(cancellationToken);
            db.AddRange(items.Select(i => new ContentVariant
            {
                ItemId = i.Item.Id,
                ItemKey = i.Item.Key,
                SiteId = i.Item.SiteId,
                Culture = "uk",
                Name = i.Name,
                Slug = "p" + i.Item.Id,
                UrlPath = "/p" + i.Item.Id,
                State = ContentState.Published,
                DraftVersionId = i.Version.Id,
                PublishedVersionId = i.Version.Id,
                PublishedAt = now,
                UpdateDate = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"seeded {Math.Min(pages, start + Batch)} pages");
        }

        return 0;
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Delivery.Bench;

/// <summary>
/// <c>bench seed &lt;katottg.csv&gt; [sites] [news]</c>: fills an empty database with real hromadas from the KATOTTG
/// file, each with a home, a <c>/news</c> list and <c>news</c> articles labelled as benchmark content
/// (<c>isDemo: true</c>). Bulk inserts in large transactions, bypassing the editor path, for the Delivery benchmark.
/// </summary>
internal sealed class BenchSeedCommand(CmsDbContext db, TimeProvider clock) : ICliCommand
{
    private const int SitesPerTransaction = 25;

    public string Name => "bench seed";

    public string Usage => "bench seed <katottg.csv> [sites=500] [news=40]";

    public string Description => "Seed benchmark sites and labelled news (for bench/run.sh only).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count < 1 || !File.Exists(arguments[0]))
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var siteCount = arguments.Count > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 500;
        var newsCount = arguments.Count > 2 ? int.Parse(arguments[2], CultureInfo.InvariantCulture) : 40;
        if (await db.Set<Site>().AnyAsync(cancellationToken))
        {
            await output.WriteLineAsync("The database already has sites; seed an empty one.");
            return 1;
        }

        var hromadas = ReadHromadas(arguments[0]).Take(siteCount).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        for (var batch = 0; batch < hromadas.Count; batch += SitesPerTransaction)
        {
            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            foreach (var (code, oblastCode, name) in hromadas.Skip(batch).Take(SitesPerTransaction))
            {
                await SeedSiteAsync(code, oblastCode, name, newsCount, now, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"{Math.Min(batch + SitesPerTransaction, hromadas.Count)} sites");
        }

        return 0;
    }

    private async Task SeedSiteAsync(string code, string oblastCode, string name, int newsCount, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = Slug.From(name) + "-" + code[^6..].ToLowerInvariant();
        var site = new Site { Key = key, NameUk = name + " громада", NameEn = UkrainianTransliteration.ToLatin(name), KatottgCode = code, OblastCode = oblastCode, Cultures = "uk", CreatedAt = now };
        db.Add(site);
        await db.SaveChangesAsync(cancellationToken);

        var home = await ItemAsync(site.Id, null, "home", 0, now, name + " громада", "", "/", new JsonObject { ["intro"] = "Тестова сторінка для вимірювання швидкодії." }, cancellationToken);
        var news = await ItemAsync(site.Id, home, "newsList", 0, now, "Новини", "news", "/news", new JsonObject(), cancellationToken);
        for (var i = 0; i < newsCount; i++)
        {
            var created = now.AddHours(-i);
            await ItemAsync(site.Id, news, "newsArticle", i, created, $"Тестова новина для бенчмарку {i + 1}", $"novyna-{i + 1}", $"/news/novyna-{i + 1}", new JsonObject
            {
                ["summary"] = $"Короткий опис тестової новини {i + 1} для вимірювання швидкодії API.",
                ["body"] = "<p>Цей текст створено для вимірювання швидкодії. Він не є новиною громади.</p>",
                ["isDemo"] = true,
            }, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ContentItem> ItemAsync(
        int siteId, ContentItem? parent, string type, int sortOrder, DateTimeOffset created, string name, string slug, string urlPath, JsonObject values, CancellationToken cancellationToken)
    {
        var item = new ContentItem
        {
            Key = Guid.NewGuid(),
            SiteId = siteId,
            ParentId = parent?.Id,
            ContentTypeAlias = type,
            SortOrder = sortOrder,
            Level = parent is null ? 1 : parent.Level + 1,
            CreateDate = created,
            UpdateDate = created,
        };
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        item.Path = (parent?.Path ?? "/") + item.Id + "/";
        db.Entry(item).Property(i => i.Path).IsModified = true;
        var version = new ContentVersion
        {
            ItemId = item.Id,
            Culture = "uk",
            Number = 1,
            Name = name,
            Values = values.ToJsonString(),
            AuthorName = "bench seed",
            CreatedAt = created,
        };
        db.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new ContentVariant
        {
            ItemId = item.Id,
            ItemKey = item.Key,
            SiteId = siteId,
            Culture = "uk",
            Name = name,
            Slug = slug,
            UrlPath = urlPath,
            State = ContentState.Published,
            DraftVersionId = version.Id,
            PublishedVersionId = version.Id,
            PublishedAt = created,
            UpdateDate = created,
        });
        return item;
    }

    /// <summary>Hromadas (category H) with their oblast code, in file order.</summary>
    private static IEnumerable<(string Code, string OblastCode, string Name)> ReadHromadas(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(';');
            if (cells.Length >= 7 && cells[5] == "H" && cells[2].Length > 0)
            {
                yield return (cells[2], cells[0], cells[6].Trim());
            }
        }
    }
}

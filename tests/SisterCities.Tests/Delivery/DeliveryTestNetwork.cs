using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Delivery;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Delivery;

/// <summary>
/// Two real hromadas (Lviv UA46060250000025047, Kharkiv UA63120270000028556, from the KATOTTG 2025-07-02 file)
/// with home, a news list and clearly labelled test articles, written through <see cref="ContentWriter"/>.
/// </summary>
internal sealed record DeliveryTestNetwork(
    Guid LvivHome, Guid LvivNews, Guid[] LvivArticles, Guid LvivDraft, Guid KharkivHome, Guid KharkivNews, Guid KharkivArticle)
{
    public const string LvivHost = "lviv.test";
    public const string KharkivHost = "kharkiv.test";
    public static readonly DateTimeOffset FirstArticle = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<DeliveryTestNetwork> SeedAsync(CmsAppFactory app)
    {
        var network = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var writer = services.GetRequiredService<ContentWriter>();
            var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
            var lviv = await SiteAsync(db, "lviv", "Львівська", "Lviv", "UA46060250000025047", "UA46000000000026241", "Львівська", "Lviv", LvivHost);
            var kharkiv = await SiteAsync(db, "kharkiv", "Харківська", "Kharkiv", "UA63120270000028556", "UA63000000000041885", "Харківська", "Kharkiv", KharkivHost);

            async Task<ContentItem> Create(Site site, ContentItem? parent, string alias, string uk, string en, JsonObject values, bool publish = true, string? slug = null)
            {
                var item = await writer.CreateAsync(site.Id, parent?.Id, types[alias], new Dictionary<string, ContentDraft>
                {
                    ["uk"] = new(uk, slug, (JsonObject)values.DeepClone()),
                    ["en"] = new(en, slug, (JsonObject)values.DeepClone()),
                }, ContentAuthor.System, CancellationToken.None);
                if (publish)
                {
                    await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, CancellationToken.None);
                    await writer.PublishAsync(item.Key, "en", ContentAuthor.System, CancellationToken.None);
                }

                return item;
            }

            static JsonObject Article(string summary) => new() { ["summary"] = summary, ["body"] = "<p>Тестовий текст <strong>для перевірки</strong> API.</p><script>alert(1)</script>" };

            var lvivHome = await Create(lviv, null, "home", "Львівська громада", "Lviv hromada", new JsonObject { ["intro"] = "Тестова головна сторінка" });
            var lvivNews = await Create(lviv, lvivHome, "newsList", "Новини", "News", new JsonObject(), slug: "news");
            var articles = new List<ContentItem>();
            for (var i = 0; i < 3; i++)
            {
                articles.Add(await Create(lviv, lvivNews, "newsArticle", $"Тестова новина {i + 1}", $"Test news {i + 1}", Article($"Тестовий опис {i + 1}")));
            }

            var draft = await Create(lviv, lvivNews, "newsArticle", "Чернетка новини", "Draft news", Article("Чернетка"), publish: false);
            var kharkivHome = await Create(kharkiv, null, "home", "Харківська громада", "Kharkiv hromada", new JsonObject { ["intro"] = "Тестова головна сторінка" });
            var kharkivNews = await Create(kharkiv, kharkivHome, "newsList", "Новини", "News", new JsonObject(), slug: "news");
            var kharkivArticle = await Create(kharkiv, kharkivNews, "newsArticle", "Тестова новина Харкова", "Kharkiv test news", Article("Опис"));

            // Distinct creation dates (the writer stamps "now") so date filters and sorts have something to order.
            for (var i = 0; i < articles.Count; i++)
            {
                var key = articles[i].Key;
                var item = await db.Set<ContentItem>().SingleAsync(x => x.Key == key);
                item.CreateDate = FirstArticle.AddDays(i);
            }

            await db.SaveChangesAsync();
            return new DeliveryTestNetwork(lvivHome.Key, lvivNews.Key, [.. articles.Select(a => a.Key)], draft.Key, kharkivHome.Key, kharkivNews.Key, kharkivArticle.Key);
        });
        app.Services.GetRequiredService<SiteDirectory>().Invalidate();
        app.Services.GetRequiredService<DeliveryCatalog>().Invalidate();
        await FeedCaughtUpAsync(app);
        return network;
    }

    /// <summary>Waits (bounded) until the feed follower has handed every seeded change to the listeners.</summary>
    public static async Task FeedCaughtUpAsync(CmsAppFactory app)
    {
        var latest = await app.WithScopeAsync(services => ChangeFeedReader.LatestSeqAsync(services.GetRequiredService<CmsDbContext>(), CancellationToken.None));
        var follower = app.Services.GetRequiredService<ChangeFeedFollower>();
        for (var i = 0; i < 300 && follower.Position < latest; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(follower.Position >= latest, "The change feed follower did not catch up.");
    }

    private static async Task<Site> SiteAsync(
        CmsDbContext db, string key, string nameUk, string nameEn, string katottg, string oblastCode, string oblastUk, string oblastEn, string host)
    {
        var site = new Site
        {
            Key = key,
            NameUk = nameUk + " міська громада",
            NameEn = nameEn + " city hromada",
            KatottgCode = katottg,
            OblastCode = oblastCode,
            OblastNameUk = oblastUk + " область",
            OblastNameEn = oblastEn + " Oblast",
            Cultures = "uk,en",
            CreatedAt = DateTimeOffset.UtcNow,
            Hostnames = [new SiteHostname { Hostname = host }],
        };
        db.Add(site);
        await db.SaveChangesAsync();
        return site;
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Builds a site through the same services editors use: the site with its hostname, a published home page,
/// a news list and one published news article; then refreshes the in-memory site directory.
/// </summary>
public static class TestCitySiteWriter
{
    public static Task<Site> CreateWithNewsAsync(CmsAppFactory app, TestCitySite city) => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var writer = services.GetRequiredService<ContentWriter>();
        var ct = CancellationToken.None;
        var site = new Site
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
        db.Add(site);
        await db.SaveChangesAsync(ct);

        var home = await CreatePublishedAsync(db, writer, site.Id, null, ContentTypeAliases.Home, city.NameUk, city.NameEn, [], ct);
        var news = await CreatePublishedAsync(db, writer, site.Id, home.Id, ContentTypeAliases.NewsList, "Новини", "News", [], ct);
        await CreatePublishedAsync(db, writer, site.Id, news.Id, ContentTypeAliases.NewsArticle, city.NewsTitleUk, city.NewsTitleEn, new()
        {
            ["summary"] = "Текст для автоматичної перевірки сайту, не справжня новина.",
            ["body"] = "<p>Текст для автоматичної перевірки сайту, не справжня новина.</p>",
            ["isDemo"] = true,
        }, ct);

        services.GetRequiredService<SiteDirectory>().Invalidate();
        return site;
    });

    private static async Task<ContentItem> CreatePublishedAsync(
        CmsDbContext db, ContentWriter writer, int siteId, int? parentId, string alias, string nameUk, string nameEn,
        Dictionary<string, JsonNode?> values, CancellationToken ct)
    {
        var type = await db.Set<ContentType>().SingleAsync(t => t.Alias == alias, ct);
        var cultures = new Dictionary<string, ContentDraft>
        {
            ["uk"] = new(nameUk, null, new JsonObject(values.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())))),
            ["en"] = new(nameEn, null, new JsonObject(values.Select(v => KeyValuePair.Create(v.Key, v.Value?.DeepClone())))),
        };
        var item = await writer.CreateAsync(siteId, parentId, type, cultures, ContentAuthor.System, ct);
        foreach (var culture in cultures.Keys)
        {
            await writer.PublishAsync(item.Key, culture, ContentAuthor.System, ct);
        }

        return item;
    }
}

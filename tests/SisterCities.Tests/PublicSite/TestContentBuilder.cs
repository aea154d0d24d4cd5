using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>Builds sites and content in a test app through the same services editors use (ContentWriter).</summary>
public sealed class TestContentBuilder(CmsAppFactory app)
{
    public async Task<int> AddSiteAsync(RealCity city, Action<Site>? adjust = null)
    {
        var id = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var site = new Site
            {
                Key = city.Key,
                NameUk = city.NameUk,
                NameEn = city.NameEn,
                KatottgCode = city.KatottgCode,
                OblastCode = city.OblastCode,
                OblastNameUk = city.OblastUk,
                OblastNameEn = city.OblastEn,
                CreatedAt = DateTimeOffset.UtcNow,
                Hostnames = [new SiteHostname { Hostname = city.Host }],
            };
            adjust?.Invoke(site);
            db.Add(site);
            await db.SaveChangesAsync();
            return site.Id;
        });
        app.Services.GetRequiredService<SiteDirectory>().Invalidate();
        return id;
    }

    /// <summary>Creates an item with one variant per culture; publishes each culture unless told not to.</summary>
    public async Task<ContentItem> AddAsync(
        int siteId, ContentItem? parent, string typeAlias, IReadOnlyList<TestVariant> variants, bool publish = true) =>
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == typeAlias);
            var writer = services.GetRequiredService<ContentWriter>();
            var drafts = variants.ToDictionary(v => v.Culture, v => new ContentDraft(v.Name, v.Slug, v.Values ?? []));
            var item = await writer.CreateAsync(siteId, parent?.Id, type, drafts, ContentAuthor.System, CancellationToken.None);
            if (publish)
            {
                foreach (var variant in variants)
                {
                    await writer.PublishAsync(item.Key, variant.Culture, ContentAuthor.System, CancellationToken.None);
                }
            }

            return item;
        });

    public Task<ContentItem> AddAsync(int siteId, ContentItem? parent, string typeAlias, TestVariant variant, bool publish = true) =>
        AddAsync(siteId, parent, typeAlias, [variant], publish);

    public Task UnpublishAsync(ContentItem item, string culture) =>
        app.WithScopeAsync(services =>
            services.GetRequiredService<ContentWriter>().UnpublishAsync(item.Key, culture, ContentAuthor.System, CancellationToken.None));

    public static JsonObject Article(string summary, string body, bool isDemo = true, params string[] tags) => new()
    {
        ["summary"] = summary,
        ["body"] = body,
        ["isDemo"] = isDemo,
        ["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)JsonValue.Create(t)!)]),
    };
}

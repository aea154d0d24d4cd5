using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Data;

/// <summary>Create, save, publish and unpublish through <see cref="ContentWriter"/>, each step read back from a fresh scope.</summary>
public sealed class ContentWriterTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Article_round_trips_through_draft_publish_and_unpublish_with_rich_text_sanitized(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var (siteId, newsListId) = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var site = FeedRows.NewSite(TestCitySite.Lviv);
            db.Add(site);
            await db.SaveChangesAsync();
            var writer = services.GetRequiredService<ContentWriter>();
            var home = await writer.CreateAsync(site.Id, null, await TypeAsync(db, ContentTypeAliases.Home), Uk("Головна", []), ContentAuthor.System, default);
            var news = await writer.CreateAsync(site.Id, home.Id, await TypeAsync(db, ContentTypeAliases.NewsList), Uk("Новини", []), ContentAuthor.System, default);
            return (site.Id, news.Id);
        });

        var key = await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var item = await services.GetRequiredService<ContentWriter>().CreateAsync(
                siteId, newsListId, await TypeAsync(db, ContentTypeAliases.NewsArticle),
                Uk("Ремонт вулиці", new() { ["summary"] = "Коротко", ["body"] = "<p onclick=\"steal()\">Текст</p><script>alert(1)</script>" }),
                ContentAuthor.System, default);
            return item.Key;
        });

        var created = await VariantAsync(app, key);
        Assert.Equal(ContentState.Draft, created.Variant.State);
        Assert.Equal("/novyny/remont-vulytsi", created.Variant.UrlPath);
        Assert.Null(created.Variant.PublishedVersionId);
        var body = JsonNode.Parse(created.Draft.Values)!["body"]!.GetValue<string>();
        Assert.Equal("<p>Текст</p>", body);

        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            await services.GetRequiredService<ContentWriter>().SaveDraftAsync(
                key, "uk", await TypeAsync(db, ContentTypeAliases.NewsArticle),
                new ContentDraft("Ремонт вулиці Городоцької", null, new JsonObject { ["summary"] = "Коротко", ["body"] = "<p>Новий текст</p>" }),
                created.Variant.Revision, ContentAuthor.System, default);
        });

        var saved = await VariantAsync(app, key);
        Assert.Equal(created.Variant.Revision + 1, saved.Variant.Revision);
        Assert.Equal(2, saved.Draft.Number);
        Assert.Equal("Ремонт вулиці Городоцької", saved.Variant.Name);

        // A save based on the revision before the previous save is refused, and changes nothing.
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() => app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            await services.GetRequiredService<ContentWriter>().SaveDraftAsync(
                key, "uk", await TypeAsync(db, ContentTypeAliases.NewsArticle),
                new ContentDraft("Застаріла назва", null, new JsonObject { ["summary"] = "x", ["body"] = "<p>x</p>" }),
                created.Variant.Revision, ContentAuthor.System, default);
        }));
        Assert.Equal(saved.Variant.Revision, conflict.ActualRevision);
        Assert.Equal(saved.Variant.DraftVersionId, (await VariantAsync(app, key)).Variant.DraftVersionId);

        await app.WithScopeAsync(services => services.GetRequiredService<ContentWriter>().PublishAsync(key, "uk", ContentAuthor.System, default));
        var published = await VariantAsync(app, key);
        Assert.Equal(ContentState.Published, published.Variant.State);
        Assert.Equal(saved.Variant.DraftVersionId, published.Variant.PublishedVersionId);
        Assert.NotNull(published.Variant.PublishedAt);

        await app.WithScopeAsync(services => services.GetRequiredService<ContentWriter>().UnpublishAsync(key, "uk", ContentAuthor.System, default));
        var unpublished = await VariantAsync(app, key);
        Assert.Equal(ContentState.Unpublished, unpublished.Variant.State);
        Assert.Null(unpublished.Variant.PublishedVersionId);
        Assert.Equal(saved.Variant.DraftVersionId, unpublished.Variant.DraftVersionId);
    }

    private static Dictionary<string, ContentDraft> Uk(string name, Dictionary<string, JsonNode?> values) =>
        new() { ["uk"] = new ContentDraft(name, null, new JsonObject(values)) };

    private static Task<ContentType> TypeAsync(CmsDbContext db, string alias) => db.Set<ContentType>().SingleAsync(t => t.Alias == alias);

    private static Task<(ContentVariant Variant, ContentVersion Draft)> VariantAsync(CmsAppFactory app, Guid key) => app.WithScopeAsync(async services =>
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var variant = await db.Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.ItemKey == key && v.Culture == "uk");
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId);
        return (variant, draft);
    });
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

/// <summary>
/// Content pickers (<c>relatedNews</c> on news articles) in the Delivery API: references by default, the picked
/// items' properties with <c>expand</c>, nested expansion, and never an item the request may not see.
/// </summary>
public sealed class DeliveryExpandTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Related_news_are_references_until_expanded_and_only_visible_items_are_returned(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var net = await DeliveryTestNetwork.SeedAsync(app);

        // Article 1 picks article 2, the unpublished draft and Kharkiv's article (another site) — in that order.
        await RelateAsync(app, net.LvivArticles[0], net.LvivArticles[1], net.LvivDraft, net.KharkivArticle);
        var client = app.CreateClient();
        var url = Content + $"/item/{net.LvivArticles[0]}";

        var plain = await JsonAsync(client, url, "lviv", "uk");
        var reference = Assert.Single(plain["properties"]!["relatedNews"]!.AsArray())!;
        Assert.Equal(net.LvivArticles[1].ToString(), reference["id"]!.GetValue<string>());
        Assert.Equal("Тестова новина 2", reference["name"]!.GetValue<string>());
        Assert.Equal("/news/testova-novyna-2", reference["route"]!["path"]!.GetValue<string>());
        Assert.Empty(reference["properties"]!.AsObject());

        var expanded = await JsonAsync(client, url + "?expand=properties[relatedNews]", "lviv", "uk");
        var item = Assert.Single(expanded["properties"]!["relatedNews"]!.AsArray())!;
        Assert.Equal("Тестовий опис 2", item["properties"]!["summary"]!.GetValue<string>());
        Assert.Equal("<p>Тестовий текст <strong>для перевірки</strong> API.</p>", item["properties"]!["body"]!["markup"]!.GetValue<string>());

        var all = await JsonAsync(client, url + "?expand=properties[$all]", "lviv", "en");
        Assert.Equal("Test news 2", all["properties"]!["relatedNews"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Тестовий опис 2", all["properties"]!["relatedNews"]![0]!["properties"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nested_expand_follows_pickers_of_picked_items_in_listings()
    {
        using var app = CmsAppFactory.Sqlite();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        await RelateAsync(app, net.LvivArticles[0], net.LvivArticles[1]);
        await RelateAsync(app, net.LvivArticles[1], net.LvivArticles[2]);
        var client = app.CreateClient();
        var listing = Content + "?fetch=children:/news&sort=createDate:asc&take=1";

        // One level: article 2 is expanded, its own pick (article 3) stays a reference.
        var one = await JsonAsync(client, listing + "&expand=properties[relatedNews]", "lviv", "uk");
        var second = one["items"]![0]!["properties"]!["relatedNews"]![0]!;
        Assert.Equal("Тестовий опис 2", second["properties"]!["summary"]!.GetValue<string>());
        var third = second["properties"]!["relatedNews"]![0]!;
        Assert.Equal("Тестова новина 3", third["name"]!.GetValue<string>());
        Assert.Empty(third["properties"]!.AsObject());

        // Two levels: properties[relatedNews[properties[relatedNews]]] expands article 3 as well.
        var two = await JsonAsync(client, listing + "&expand=properties[relatedNews[properties[relatedNews]]]", "lviv", "uk");
        var deep = two["items"]![0]!["properties"]!["relatedNews"]![0]!["properties"]!["relatedNews"]![0]!;
        Assert.Equal("Тестовий опис 3", deep["properties"]!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_picker_value_that_is_not_a_list_of_item_keys_is_refused()
    {
        var newsArticle = BuiltInContentTypes.All.Single(t => t.Alias == ContentTypeAliases.NewsArticle);
        var values = new JsonObject { ["summary"] = "Опис", ["body"] = "<p>Текст</p>" };
        Assert.Empty(ContentValidation.Validate(newsArticle, new ContentDraft("Новина", null, values)));

        values["relatedNews"] = new JsonArray("not-a-key");
        Assert.Contains("values.relatedNews", ContentValidation.Validate(newsArticle, new ContentDraft("Новина", null, values)).Keys);
        values["relatedNews"] = "3f2a3c1e-0000-4000-8000-000000000001";
        Assert.Contains("values.relatedNews", ContentValidation.Validate(newsArticle, new ContentDraft("Новина", null, values)).Keys);
        values["relatedNews"] = new JsonArray("3f2a3c1e-0000-4000-8000-000000000001");
        Assert.Empty(ContentValidation.Validate(newsArticle, new ContentDraft("Новина", null, values)));
    }

    /// <summary>Saves and publishes <paramref name="item"/> (uk and en) with <c>relatedNews</c> picking <paramref name="picked"/>.</summary>
    private static async Task RelateAsync(CmsAppFactory app, Guid item, params Guid[] picked)
    {
        await app.WithScopeAsync(async services =>
        {
            var writer = services.GetRequiredService<ContentWriter>();
            var db = services.GetRequiredService<CmsDbContext>();
            var type = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.NewsArticle);
            foreach (var culture in new[] { "uk", "en" })
            {
                var variant = await db.Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.ItemKey == item && v.Culture == culture);
                var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId);
                var values = JsonNode.Parse(draft.Values)!.AsObject();
                values["relatedNews"] = new JsonArray([.. picked.Select(k => (JsonNode?)JsonValue.Create(k.ToString()))]);
                var content = new ContentDraft(variant.Name, variant.Slug, values);
                Assert.Empty(ContentValidation.Validate(type, content));
                await writer.SaveDraftAsync(item, culture, type, content, variant.Revision, ContentAuthor.System, null, CancellationToken.None);
                await writer.PublishAsync(item, culture, ContentAuthor.System, CancellationToken.None);
            }
        });
        await DeliveryTestNetwork.FeedCaughtUpAsync(app);
    }
}

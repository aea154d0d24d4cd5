using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

public sealed class DeliveryCachingTests
{
    [Fact]
    public async Task Strong_etag_and_if_none_match_give_304_with_public_cache_control()
    {
        using var app = CmsAppFactory.Sqlite();
        await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        var url = Content + "?fetch=children:/news&sort=createDate:desc&take=10";

        using var first = await GetAsync(client, url, "lviv", "uk");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.NotNull(first.Headers.CacheControl?.MaxAge);

        using var notModified = await GetAsync(client, url, "lviv", "uk", ("If-None-Match", etag.Tag));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        // Another culture is another representation with another tag.
        using var english = await GetAsync(client, url, "lviv", "en", ("If-None-Match", etag.Tag));
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(etag, english.Headers.ETag);
    }

    [Fact]
    public async Task Cache_key_keeps_the_order_of_repeated_sort_values()
    {
        using var app = CmsAppFactory.Sqlite();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        var levelFirst = await JsonAsync(client, Content + $"?fetch=descendants:{net.LvivHome}&sort=level:asc&sort=sortOrder:desc", "lviv", "uk");
        var sortOrderFirst = await JsonAsync(client, Content + $"?fetch=descendants:{net.LvivHome}&sort=sortOrder:desc&sort=level:asc", "lviv", "uk");
        Assert.Equal("Новини", Names(levelFirst)[0]);
        Assert.Equal("Тестова новина 3", Names(sortOrderFirst)[0]);
    }

    [Fact]
    public async Task Cached_listing_is_evicted_by_the_change_feed_when_content_is_published()
    {
        using var app = CmsAppFactory.Sqlite();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        var url = Content + "?fetch=children:/news&sort=createDate:desc";
        Assert.Equal(3, (await JsonAsync(client, url, "lviv", "uk"))["total"]!.GetValue<long>());

        // A write that bypasses the change feed is not seen: the answer really comes from the output cache.
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var draft = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == net.LvivDraft && v.Culture == "uk");
            await db.Set<ContentVariant>().Where(v => v.Id == draft.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedVersionId, draft.DraftVersionId));
        });
        Assert.Equal(3, (await JsonAsync(client, url, "lviv", "uk"))["total"]!.GetValue<long>());

        // Publishing through the writer appends to the feed; the follower (200 ms poll) evicts Lviv's entries.
        await app.WithScopeAsync(services =>
            services.GetRequiredService<ContentWriter>().PublishAsync(net.LvivDraft, "uk", ContentAuthor.System, CancellationToken.None));
        long total = 0;
        for (var attempt = 0; attempt < 100 && total != 4; attempt++)
        {
            await Task.Delay(100);
            total = (await JsonAsync(client, url, "lviv", "uk"))["total"]!.GetValue<long>();
        }

        Assert.Equal(4, total);
    }

    [Fact]
    public async Task Rate_limit_answers_429_with_retry_after()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?>
        {
            ["Cms:Delivery:RateLimitPermits"] = "3",
            ["Cms:Delivery:RateLimitWindowSeconds"] = "60",
        });
        await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last?.Dispose();
            last = await GetAsync(client, Content + "?take=1", "lviv");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(last!.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        last.Dispose();
    }

    [Fact]
    public async Task Cors_allows_only_the_origins_configured_for_the_site_read()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:Delivery:Cors:lviv:0"] = "https://app.lviv.example" });
        await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        using var allowed = await GetAsync(client, Content + "?take=1", "lviv", null, ("Origin", "https://app.lviv.example"));
        Assert.Equal("https://app.lviv.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var otherSite = await GetAsync(client, Content + "?take=1", "kharkiv", null, ("Origin", "https://app.lviv.example"));
        Assert.False(otherSite.Headers.Contains("Access-Control-Allow-Origin"));

        // Endpoints outside the API get no CORS headers from the Delivery configuration.
        using var reference = await GetAsync(client, "/api/reference", "lviv", null, ("Origin", "https://app.lviv.example"));
        Assert.False(reference.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, Content);
        preflight.Headers.Add("Origin", "https://app.lviv.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "start-item");
        using var preflightResponse = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Contains("start-item", preflightResponse.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rich_text_is_an_element_tree_when_configured()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:Delivery:RichTextOutputAsJson"] = "true" });
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var item = await JsonAsync(app.CreateClient(), Content + $"/item/{net.LvivArticles[0]}", language: "uk");
        var body = item["properties"]!["body"]!;
        Assert.Equal("#root", body["tag"]!.GetValue<string>());
        var paragraph = body["elements"]![0]!;
        Assert.Equal("p", paragraph["tag"]!.GetValue<string>());
        Assert.Equal("#text", paragraph["elements"]![0]!["tag"]!.GetValue<string>());
        Assert.Equal("strong", paragraph["elements"]![1]!["tag"]!.GetValue<string>());
        Assert.Equal("для перевірки", paragraph["elements"]![1]!["elements"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("script", body.ToJsonString(), StringComparison.Ordinal);
        Assert.IsType<JsonArray>(body["blocks"]);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

public sealed class MediaLibraryApiTests(MediaTestHost host) : IClassFixture<MediaTestHost>
{
    [Fact]
    public async Task Site_folder_is_open_to_its_editors_and_closed_to_other_sites()
    {
        await host.EnsureSiteAsync("lviv");
        await host.EnsureSiteAsync("kharkiv");
        var lvivEditor = host.Client("lviv-editor", roles: "", sites: "lviv");
        var form = MediaTestHost.Form(TestImages.Png(20, 20, Color.Yellow), "tram.png", fields: new Dictionary<string, string> { ["site"] = "lviv", ["folder"] = "transport" });
        Assert.Equal(HttpStatusCode.Created, (await lvivEditor.PostAsync(MediaLibraryEndpoints.Route, form)).StatusCode);

        var kharkivEditor = host.Client("kharkiv-editor", roles: "", sites: "kharkiv");
        Assert.Equal(HttpStatusCode.Forbidden, (await kharkivEditor.GetAsync(MediaLibraryEndpoints.Route + "?site=lviv")).StatusCode);
        var intoLviv = MediaTestHost.Form(TestImages.Png(21, 21, Color.Yellow), "x.png", fields: new Dictionary<string, string> { ["site"] = "lviv" });
        Assert.Equal(HttpStatusCode.Forbidden, (await kharkivEditor.PostAsync(MediaLibraryEndpoints.Route, intoLviv)).StatusCode);

        var list = await lvivEditor.GetFromJsonAsync<MediaListResponse>(MediaLibraryEndpoints.Route + "?site=lviv&folder=transport");
        Assert.Equal("tram.png", Assert.Single(list!.Items).FileName);
        Assert.Equal("lviv", list.Items[0].Site);
    }

    [Fact]
    public async Task Network_folder_is_readable_by_editors_but_writable_only_by_network_admins()
    {
        var siteEditor = host.Client("site-editor", roles: "", sites: "lviv");
        Assert.Equal(HttpStatusCode.OK, (await siteEditor.GetAsync(MediaLibraryEndpoints.Route)).StatusCode);
        var form = MediaTestHost.Form(TestImages.Png(22, 22, Color.Yellow), "flag.png");
        Assert.Equal(HttpStatusCode.Forbidden, (await siteEditor.PostAsync(MediaLibraryEndpoints.Route, form)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client().GetAsync(MediaLibraryEndpoints.Route + "?site=atlantis")).StatusCode);
    }

    [Fact]
    public async Task Search_by_name_finds_matching_items_only()
    {
        var client = host.Client();
        var fields = new Dictionary<string, string> { ["folder"] = "search" };
        await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(23, 23, Color.Red), "Ратуша вночі.png", fields: fields));
        await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(24, 23, Color.Red), "river.png", fields: fields));
        var found = await client.GetFromJsonAsync<MediaListResponse>(MediaLibraryEndpoints.Route + "?folder=search&name=" + Uri.EscapeDataString("ратуша"));
        Assert.Equal("Ратуша-вночі.png", Assert.Single(found!.Items).FileName);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(MediaLibraryEndpoints.Route + "?take=100000")).StatusCode);
    }

    [Fact]
    public async Task Item_used_by_content_cannot_be_deleted_until_the_content_drops_it()
    {
        var siteId = await host.EnsureSiteAsync("odesa");
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(60, 40, Color.Brown), "port.jpg", fields: new Dictionary<string, string> { ["site"] = "odesa" }));
        var media = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var articleKey = await CreateArticleAsync(siteId, media.Key);

        var refused = await client.DeleteAsync($"{MediaLibraryEndpoints.Route}/{media.Key}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(articleKey.ToString(), problem!["usedBy"]![0]!["key"]!.GetValue<string>());
        var detail = await client.GetFromJsonAsync<MediaItemResponse>($"{MediaLibraryEndpoints.Route}/{media.Key}");
        Assert.Equal(articleKey, Assert.Single(detail!.UsedBy!).Key);

        await SaveDraftWithoutImageAsync(articleKey);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{MediaLibraryEndpoints.Route}/{media.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(media.Url)).StatusCode);
        await using var scope = host.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.True(await db.ChangeFeed.AnyAsync(e => e.Entity == "media" && e.EntityId == media.Key.ToString() && e.Change == FeedChanges.Deleted));
    }

    [Fact]
    public async Task Bad_focal_point_is_a_bad_request_and_unknown_item_is_not_found()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(25, 25, Color.Lime), "lime.png"));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var bad = await client.PatchAsJsonAsync($"{MediaLibraryEndpoints.Route}/{item.Key}", new MediaItemPatch(null, new MediaFocalPoint(1.5, 0.2)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{MediaLibraryEndpoints.Route}/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Delivery_api_returns_the_umbraco_media_shape_with_alt_text_by_language()
    {
        var client = host.Client();
        var fields = new Dictionary<string, string> { ["altUk"] = "Оперний театр", ["altEn"] = "Opera house" };
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(300, 150, Color.Gold), "opera.jpg", fields: fields));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        await client.PatchAsJsonAsync($"{MediaLibraryEndpoints.Route}/{item.Key}", new MediaItemPatch(null, new MediaFocalPoint(0.25, 0.75)));

        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/media/item/{item.Key}");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9,uk;q=0.5");
        var json = JsonDocument.Parse(await (await host.Client(null).SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(item.Key.ToString(), json.GetProperty("id").GetString());
        Assert.Equal("Image", json.GetProperty("mediaType").GetString());
        Assert.Equal("jpg", json.GetProperty("extension").GetString());
        Assert.Equal(300, json.GetProperty("width").GetInt32());
        Assert.Equal(150, json.GetProperty("height").GetInt32());
        Assert.True(json.GetProperty("bytes").GetInt64() > 0);
        Assert.Equal(0.25, json.GetProperty("focalPoint").GetProperty("left").GetDouble());
        Assert.Contains(json.GetProperty("crops").EnumerateArray(), c => c.GetProperty("alias").GetString() == "thumb");
        Assert.Equal("Opera house", json.GetProperty("properties").GetProperty("altText").GetString());
        Assert.StartsWith("/media/" + item.Key, json.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(null).GetAsync(json.GetProperty("url").GetString())).StatusCode);

        var uk = await host.Client(null).GetFromJsonAsync<JsonObject>($"/umbraco/delivery/api/v2/media/item/{item.Key}");
        Assert.Equal("Оперний театр", uk!["properties"]!["altText"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(null).GetAsync($"/umbraco/delivery/api/v2/media/item/{Guid.NewGuid()}")).StatusCode);
    }

    private async Task<Guid> CreateArticleAsync(int siteId, Guid mediaKey)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CmsDbContext>();
        var writer = services.GetRequiredService<ContentWriter>();
        var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
        var home = await writer.CreateAsync(siteId, null, types[ContentTypeAliases.Home],
            new Dictionary<string, ContentDraft> { ["uk"] = new("Головна", null, []) }, ContentAuthor.System, CancellationToken.None);
        var news = await writer.CreateAsync(siteId, home.Id, types[ContentTypeAliases.NewsList],
            new Dictionary<string, ContentDraft> { ["uk"] = new("Новини", null, []) }, ContentAuthor.System, CancellationToken.None);
        var values = new JsonObject { ["summary"] = "Порт", ["body"] = "<p>Порт</p>", ["image"] = mediaKey.ToString() };
        var article = await writer.CreateAsync(siteId, news.Id, types[ContentTypeAliases.NewsArticle],
            new Dictionary<string, ContentDraft> { ["uk"] = new("Порт працює", null, values) }, ContentAuthor.System, CancellationToken.None);
        await writer.PublishAsync(article.Key, "uk", ContentAuthor.System, CancellationToken.None);
        return article.Key;
    }

    private async Task SaveDraftWithoutImageAsync(Guid articleKey)
    {
        await using var scope = host.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CmsDbContext>();
        var writer = services.GetRequiredService<ContentWriter>();
        var type = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.NewsArticle);
        var variant = await db.Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.ItemKey == articleKey && v.Culture == "uk");
        var values = new JsonObject { ["summary"] = "Порт", ["body"] = "<p>Порт</p>" };
        await writer.SaveDraftAsync(articleKey, "uk", type, new ContentDraft("Порт працює", null, values), variant.Revision, ContentAuthor.System, CancellationToken.None);
        await writer.PublishAsync(articleKey, "uk", ContentAuthor.System, CancellationToken.None);
    }
}

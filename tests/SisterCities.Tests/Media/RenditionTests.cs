using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

public sealed class RenditionTests(MediaTestHost host) : IClassFixture<MediaTestHost>
{
    [Fact]
    public async Task Signed_rendition_has_the_asked_size_and_immutable_caching()
    {
        var (item, urls) = await UploadAsync(Color.Coral);
        var url = urls.Rendition(item, new RenditionParameters { Width = 200, Height = 100, Format = "jpg" });
        var response = await host.Client(null).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        var image = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((200, 100), (image.Width, image.Height));
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.Contains("/" + item.UrlVersion + "/", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsigned_or_tampered_rendition_is_forbidden()
    {
        var (item, urls) = await UploadAsync(Color.Khaki);
        var client = host.Client(null);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(MediaUrls.OriginalPath(item) + "?width=300")).StatusCode);

        var signed = urls.Rendition(item, new RenditionParameters { Width = 300 });
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(signed.Replace("width=300", "width=301", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(signed + "&height=5")).StatusCode);
        var badHex = signed[..^64] + new string('0', 64);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(badHex)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(signed)).StatusCode);
    }

    [Fact]
    public async Task Named_presets_work_without_a_signature()
    {
        var (item, _) = await UploadAsync(Color.Olive);
        var response = await host.Client(null).GetAsync(MediaUrls.Preset(item, "thumb"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var image = Image.Identify(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((160, 160), (image.Width, image.Height));
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client(null).GetAsync(MediaUrls.OriginalPath(item) + "?preset=giant")).StatusCode);
    }

    [Fact]
    public async Task Second_request_is_served_from_the_disk_cache()
    {
        var (item, urls) = await UploadAsync(Color.Sienna);
        var renderer = host.App.Services.GetRequiredService<RenditionRenderer>();
        var url = urls.Rendition(item, new RenditionParameters { Width = 90, Format = "png" });
        var before = renderer.RenderedCount;
        var first = await host.Client(null).GetAsync(url);
        var second = await host.Client(null).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(before + 1, renderer.RenderedCount);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await host.Client(null).SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task Concurrent_identical_requests_make_the_rendition_once()
    {
        var (item, urls) = await UploadAsync(Color.Tomato, 1200, 900);
        var renderer = host.App.Services.GetRequiredService<RenditionRenderer>();
        var url = urls.Rendition(item, new RenditionParameters { Width = 640, Height = 480, Format = "webp" });
        var before = renderer.RenderedCount;
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.Client(null).GetAsync(url)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1, renderer.RenderedCount);
        var folder = Path.Combine(host.DataPath, "media-cache", item.Key.ToString("N"), item.UrlVersion);
        Assert.Single(Directory.GetFiles(folder, "*.webp"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public async Task Browser_accepting_webp_gets_webp_and_others_the_original_format()
    {
        var (item, _) = await UploadAsync(Color.SkyBlue);
        var url = MediaUrls.Preset(item, "card");
        var webp = new HttpRequestMessage(HttpMethod.Get, url);
        webp.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/avif"));
        webp.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/webp"));
        var negotiated = await host.Client(null).SendAsync(webp);
        Assert.Equal("image/webp", negotiated.Content.Headers.ContentType!.MediaType);

        var plain = await host.Client(null).GetAsync(url);
        Assert.Equal("image/jpeg", plain.Content.Headers.ContentType!.MediaType);
        Assert.NotEqual(negotiated.Headers.ETag, plain.Headers.ETag);
        Assert.Contains("Accept", plain.Headers.Vary);
    }

    [Fact]
    public async Task Out_of_bounds_and_unknown_parameters_are_bad_requests_even_when_signed()
    {
        var (item, urls) = await UploadAsync(Color.Linen);
        var client = host.Client(null);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(urls.Rendition(item, new RenditionParameters { Width = 100_000 }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(MediaUrls.OriginalPath(item) + "?preset=thumb&format=bmp")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(MediaUrls.OriginalPath(item) + "?preset=thumb&evil=1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(MediaUrls.OriginalPath(item) + "?preset=thumb&preset=card")).StatusCode);
    }

    [Fact]
    public async Task Wrong_version_segment_is_not_found()
    {
        var (item, _) = await UploadAsync(Color.Maroon);
        var wrong = $"/media/{item.Key:D}/000000000000-1/{item.FileName}?preset=thumb";
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(null).GetAsync(wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(null).GetAsync($"/media/{Guid.NewGuid():D}/{item.UrlVersion}/x.jpg")).StatusCode);
    }

    [Fact]
    public async Task Focal_point_change_gives_new_urls_and_retires_the_old_ones()
    {
        var (item, _) = await UploadAsync(Color.Indigo, 400, 100);
        var patched = await host.Client().PatchAsJsonAsync($"{MediaLibraryEndpoints.Route}/{item.Key}", new MediaItemPatch(null, new MediaFocalPoint(0.9, 0.5)));
        var updated = (await patched.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.NotEqual(MediaUrls.OriginalPath(item), updated.Url);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client(null).GetAsync(MediaUrls.Preset(item, "thumb"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(null).GetAsync(updated.ThumbnailUrl)).StatusCode);
    }

    [Fact]
    public async Task Srcset_lists_signed_urls_that_all_resolve()
    {
        var (item, urls) = await UploadAsync(Color.Chocolate, 900, 600);
        var srcset = urls.SrcSet(item, [320, 640, 1280], aspect: 1.5);
        var candidates = srcset.Split(", ");
        Assert.Equal(2, candidates.Length); // 1280 is wider than the 900-pixel original
        foreach (var candidate in candidates)
        {
            var parts = candidate.Split(' ');
            var response = await host.Client(null).GetAsync(parts[0]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(parts[1], Image.Identify(await response.Content.ReadAsByteArrayAsync()).Width + "w");
        }

        Assert.Equal("(min-width: 960px) 50vw, 100vw", MediaUrls.Sizes("100vw", ("(min-width: 960px)", "50vw")));
    }

    [Fact]
    public async Task Signing_key_is_generated_once_and_kept_in_the_data_folder()
    {
        await UploadAsync(Color.Gray);
        var keyFile = Path.Combine(host.DataPath, "keys", "media-url-signing.key");
        Assert.Equal(32, new FileInfo(keyFile).Length);
        var reloaded = RenditionUrlSigner.LoadOrCreate(keyFile);
        var signer = host.App.Services.GetRequiredService<RenditionUrlSigner>();
        var query = new[] { KeyValuePair.Create("width", "10") };
        Assert.Equal(signer.Sign("/media/a", query), reloaded.Sign("/media/a", query));
    }

    private async Task<(MediaItem Item, MediaUrls Urls)> UploadAsync(Color color, int width = 800, int height = 500)
    {
        var upload = await host.Client().PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(width, height, color), "photo.jpg"));
        Assert.True(upload.IsSuccessStatusCode, upload.StatusCode.ToString());
        var key = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!.Key;
        await using var scope = host.App.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().FindAsync(key, CancellationToken.None);
        return (item!, host.App.Services.GetRequiredService<MediaUrls>());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using SisterCities.Cms.Media;

namespace SisterCities.Tests.Media;

/// <summary>The fuzz-style set from the issue: every hostile file gets a 4xx, never a 500, and the server keeps serving.</summary>
public sealed class HostileFileTests(MediaTestHost host) : IClassFixture<MediaTestHost>
{
    [Fact]
    public async Task Png_header_declaring_100000_by_100000_pixels_is_refused_before_decoding()
    {
        var response = await Upload(TestImages.PngHeaderDeclaring(100_000, 100_000), "huge.png");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("100000 × 100000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertStillServing();
    }

    [Fact]
    public async Task Jpeg_header_declaring_65000_by_65000_pixels_is_refused()
    {
        var response = await Upload(TestImages.JpegHeaderDeclaringHuge(), "huge.jpg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertStillServing();
    }

    [Fact]
    public async Task Animated_gif_with_thousands_of_frames_is_refused()
    {
        var response = await Upload(TestImages.AnimatedGif(3000), "party.gif");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("frames", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertStillServing();
    }

    [Fact]
    public async Task Short_animated_gif_is_accepted()
    {
        var response = await Upload(TestImages.AnimatedGif(5, 24), "blink.gif");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Zip_bomb_renamed_to_png_is_unsupported()
    {
        var response = await Upload(TestImages.ZipBomb(), "innocent.png", "image/png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        await AssertStillServing();
    }

    [Fact]
    public async Task Truncated_headers_are_bad_requests()
    {
        foreach (var (bytes, name) in new[] { (TestImages.JpegWithGps(), "cut.jpg"), (TestImages.Png(), "cut.png"), (TestImages.AnimatedGif(3), "cut.gif") })
        {
            var response = await Upload(bytes[..24], name);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        await AssertStillServing();
    }

    [Fact]
    public async Task Files_cut_anywhere_never_cause_a_server_error()
    {
        var png = TestImages.Png(200, 200);
        var jpeg = TestImages.JpegWithGps(200, 200);
        foreach (var (bytes, name) in new[] { (png, "p.png"), (jpeg, "j.jpg") })
        {
            foreach (var fraction in new[] { 0.1, 0.3, 0.5, 0.7, 0.9, 0.99 })
            {
                var response = await Upload(bytes[..(int)(bytes.Length * fraction)], name);
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Created or HttpStatusCode.OK, $"{name} cut at {fraction}: {response.StatusCode}");
            }
        }

        await AssertStillServing();
    }

    [Fact]
    public async Task Gif_header_followed_by_script_is_not_an_image()
    {
        // The "width" these bytes declare is "=1" read as a number (12,605 px): refused as too large or as unreadable.
        var response = await Upload(TestImages.GifHeaderThenScript(), "x.gif");
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        var small = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000<script>alert(1)</script>"u8.ToArray();
        Assert.Equal(HttpStatusCode.BadRequest, (await Upload(small, "y.gif")).StatusCode);
    }

    [Fact]
    public async Task Html_payload_appended_to_a_real_gif_is_dropped_by_the_reencode()
    {
        var response = await Upload(TestImages.GifWithHtmlPayload(), "polyglot.gif");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var item = (await response.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var served = await host.Client(null).GetAsync(item.Url);
        Assert.Equal("image/gif", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", Encoding.Latin1.GetString(await served.Content.ReadAsByteArrayAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Html_and_svg_are_unsupported_whatever_they_are_called()
    {
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Upload("<html><script>alert(1)</script></html>"u8.ToArray(), "page.png")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Upload("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"u8.ToArray(), "logo.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Upload("BM\0\0\0\0\0\0\0\0\0\0\0\0\0\0"u8.ToArray(), "old.bmp")).StatusCode);
    }

    [Fact]
    public async Task Upload_over_the_byte_limit_is_refused_while_streaming()
    {
        var big = new byte[9 * 1024 * 1024];
        big[0] = 0xFF; big[1] = 0xD8; big[2] = 0xFF;
        // Only this upload's temporary file is looked for: the previous test's last upload may still be deleting its own.
        var temporary = Path.Combine(host.DataPath, "media-tmp");
        var before = Directory.Exists(temporary) ? Directory.GetFiles(temporary) : [];
        var response = await Upload(big, "big.jpg");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Directory.GetFiles(temporary).Except(before));
        await AssertStillServing();
    }

    [Fact]
    public async Task Empty_file_and_missing_file_part_are_bad_requests()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Upload([], "empty.png")).StatusCode);
        using var form = new MultipartFormDataContent { { new StringContent("x"), "folder" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client().PostAsync(MediaLibraryEndpoints.Route, form)).StatusCode);
        using var json = JsonContent.Create(new { file = "x" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await host.Client().PostAsync(MediaLibraryEndpoints.Route, json)).StatusCode);
    }

    private Task<HttpResponseMessage> Upload(byte[] bytes, string name, string declared = "application/octet-stream") =>
        host.Client().PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(bytes, name, declared));

    /// <summary>After a hostile file, an ordinary upload still works: the server neither crashed nor ran out of memory.</summary>
    private async Task AssertStillServing()
    {
        var response = await Upload(TestImages.Png(24, 24, SixLabors.ImageSharp.Color.FromRgb((byte)Random.Shared.Next(256), 1, 2)), "ok.png");
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, response.StatusCode.ToString());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

public sealed class MediaUploadTests(MediaTestHost host) : IClassFixture<MediaTestHost>
{
    [Fact]
    public async Task Jpeg_with_gps_exif_is_stored_reencoded_without_any_metadata()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(), "holiday.jpg", "image/jpeg"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.Equal(MediaFormats.Jpeg, item.ContentType);
        Assert.Equal((320, 200), (item.Width, item.Height));

        var stored = await client.GetByteArrayAsync(item.Url);
        var info = Image.Identify(stored);
        Assert.Null(info.Metadata.ExifProfile);
        Assert.Null(info.Metadata.IptcProfile);
        Assert.Null(info.Metadata.XmpProfile);
        Assert.Null(info.Metadata.IccProfile);
        var text = Encoding.Latin1.GetString(stored);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestImages.CameraSerial, text, StringComparison.Ordinal);
        Assert.DoesNotContain(TestImages.SecretText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("TestCam", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Png_text_chunks_do_not_survive_the_upload()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(), "chart.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var stored = await client.GetByteArrayAsync(item.Url);
        Assert.Equal(MediaFormats.Png, item.ContentType);
        Assert.DoesNotContain(TestImages.SecretText, Encoding.Latin1.GetString(stored), StringComparison.Ordinal);
        Assert.Equal((120, 80), (Image.Identify(stored).Width, Image.Identify(stored).Height));
    }

    [Fact]
    public async Task Type_is_decided_by_the_bytes_not_the_name_or_declared_type()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(64, 64, Color.Orange), "photo.jpg", "image/jpeg"));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.Equal(MediaFormats.Png, item.ContentType);
        Assert.Equal("photo.png", item.FileName);
    }

    [Fact]
    public async Task Path_traversal_file_name_becomes_a_plain_label_and_nothing_is_written_outside_the_store()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(32, 32, Color.Teal), "../../etc/passwd.png", "image/png"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.Equal("passwd.png", item.FileName);
        Assert.False(File.Exists(Path.Combine(host.DataPath, "..", "etc", "passwd.png")));
        Assert.False(File.Exists(Path.Combine(host.DataPath, "etc", "passwd.png")));
    }

    [Fact]
    public async Task Identical_upload_to_the_same_folder_returns_the_existing_item()
    {
        var client = host.Client();
        var bytes = TestImages.JpegWithGps(100, 60, Color.Purple);
        var first = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(bytes, "a.jpg", fields: new Dictionary<string, string> { ["folder"] = "dupes" }));
        var second = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(bytes, "b.jpg", fields: new Dictionary<string, string> { ["folder"] = "dupes" }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<MediaItemResponse>())!.Key, (await second.Content.ReadFromJsonAsync<MediaItemResponse>())!.Key);

        var elsewhere = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(bytes, "c.jpg", fields: new Dictionary<string, string> { ["folder"] = "other" }));
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
        var originals = Directory.GetFiles(Path.Combine(host.DataPath, "media", "originals"), "*", SearchOption.AllDirectories);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        Assert.Single(originals, f => Path.GetFileName(f).StartsWith(hash, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creation_time_and_author_come_from_the_clock_and_the_signed_in_user()
    {
        host.Clock.Now = MediaTestHost.Epoch.AddDays(3);
        var upload = await host.Client("olena").PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(40, 40, Color.Gold), "gold.png"));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.Equal(MediaTestHost.Epoch.AddDays(3), item.CreatedAt);
        Assert.Equal("olena", item.CreatedBy);
    }

    [Fact]
    public async Task Alt_text_in_both_cultures_makes_an_image_usable_on_public_pages()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(30, 30, Color.Navy), "navy.png", fields: new Dictionary<string, string> { ["altUk"] = "Синій квадрат" }));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.False(item.UsableOnPublicPage);
        Assert.Contains(item.PublicUseProblems, p => p.Contains("altText.en", StringComparison.Ordinal));

        var patched = await client.PatchAsJsonAsync($"{MediaLibraryEndpoints.Route}/{item.Key}", new MediaItemPatch(new MediaAltText(null, "Navy square"), null));
        var updated = (await patched.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.True(updated.UsableOnPublicPage);
        Assert.Equal("Синій квадрат", updated.AltText.Uk);
    }

    [Fact]
    public async Task Pdf_is_stored_as_sent_and_downloaded_as_an_attachment()
    {
        var client = host.Client();
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.PdfWithHtml(), "plan.html", "text/html"));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        Assert.Equal(MediaFormats.Pdf, item.ContentType);
        Assert.Equal("plan.pdf", item.FileName);
        Assert.True(item.UsableOnPublicPage);

        var download = await host.Client(null).GetAsync(item.Url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client(null).GetAsync(item.Url + "?preset=thumb")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_upload_is_refused()
    {
        var response = await host.Client(null).PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(), "x.png"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Uploaded_bytes_go_through_the_media_store()
    {
        var upload = await host.Client().PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.Png(50, 20, Color.Pink), "pink.png"));
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var store = host.App.Services.GetRequiredService<IMediaStore>();
        await using var scope = host.App.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().FindAsync(item.Key, CancellationToken.None);
        Assert.True(await store.ExistsAsync(stored!.StoragePath, CancellationToken.None));
        Assert.Matches("^originals/[0-9a-f]{2}/[0-9a-f]{64}\\.png$", stored.StoragePath);
    }

    [Fact]
    public async Task Upload_sent_from_another_site_is_refused()
    {
        var client = host.Client();
        var request = new HttpRequestMessage(HttpMethod.Post, MediaLibraryEndpoints.Route) { Content = MediaTestHost.Form(TestImages.Png(33, 33, Color.Beige), "csrf.png") };
        request.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);

        var fetch = new HttpRequestMessage(HttpMethod.Post, MediaLibraryEndpoints.Route) { Content = MediaTestHost.Form(TestImages.Png(33, 33, Color.Beige), "csrf.png") };
        fetch.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(fetch)).StatusCode);

        var sameOrigin = new HttpRequestMessage(HttpMethod.Post, MediaLibraryEndpoints.Route) { Content = MediaTestHost.Form(TestImages.Png(33, 33, Color.Beige), "ok.png") };
        sameOrigin.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(sameOrigin)).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using SisterCities.Cms.Media;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

/// <summary>The library's queries (search, dedupe, "used by") on PostgreSQL, where text comparison differs from SQLite.</summary>
public sealed class MediaOnPostgresTests(PostgresMediaTestHost host) : IClassFixture<PostgresMediaTestHost>
{
    [Fact]
    public async Task Upload_search_rendition_and_delete_work_on_postgres()
    {
        var client = host.Client();
        var fields = new Dictionary<string, string> { ["folder"] = "pg" };
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(300, 200, Color.Crimson), "Собор Святого Юра.jpg", fields: fields));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var item = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!;
        var again = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(300, 200, Color.Crimson), "copy.jpg", fields: fields));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var found = await client.GetFromJsonAsync<MediaListResponse>(MediaLibraryEndpoints.Route + "?folder=pg&name=" + Uri.EscapeDataString("СВЯТОГО"));
        Assert.Equal(item.Key, Assert.Single(found!.Items).Key);

        var thumb = await host.Client(null).GetAsync(item.ThumbnailUrl);
        Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{MediaLibraryEndpoints.Route}/{item.Key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{MediaLibraryEndpoints.Route}/{item.Key}")).StatusCode);
    }
}

using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Media;
using SisterCities.Tests.Media;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>Showroom images go through the rendition pipeline: signed srcset, lazy loading, alt text of the page's language.</summary>
public sealed class ShowroomImagesTests : IDisposable
{
    private readonly MediaTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Item_images_and_the_logo_are_signed_renditions_with_alt_texts_and_items_load_lazily()
    {
        var photo = await UploadAsync(TestImages.JpegWithGps(1200, 800), "Житній хліб на дошці", "Rye bread on a board");
        var logo = await UploadAsync(TestImages.Png(300, 300), "Логотип пекарні", "Bakery logo");
        var noAlt = await UploadAsync(TestImages.Png(200, 100), null, null);
        await SeedSitesAsync(_host.App.Services);
        var request = Ukrainian(ValidEdrpou(77), "lviv", "Test: Bakery with photos", "10");
        request.LogoMediaKey = logo;
        var business = await RegisterAsync(_host.App.Services, request, owner: "photo-owner");
        await using (var scope = _host.App.Services.CreateAsyncScope())
        {
            var item = CatalogVisibilityTests.Item("Test: rye bread", "10");
            item.Images = [photo, noAlt];
            Assert.True((await scope.ServiceProvider.GetRequiredService<ShowroomEditing>().CreateAsync(TestActor.User("photo-owner"), business.Id, item, CancellationToken.None)).Succeeded);
        }

        using var client = _host.Client(user: null);
        var html = await client.GetStringAsync("/s/lviv/en" + PublicCatalogData.ShowroomPath(business));

        var itemImage = Regex.Match(html, "<img class=\"catalog-card__image\"[^>]*>").Value;
        Assert.Contains("alt=\"Rye bread on a board\"", itemImage, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\"", itemImage, StringComparison.Ordinal);
        Assert.Matches("srcset=\"/media/[^\"]+hmac=[^\"]+ 320w, [^\"]+ 480w", itemImage);
        var logoImage = Regex.Match(html, "<img class=\"showroom__logo\"[^>]*>").Value;
        Assert.Contains("alt=\"Logo: Test: Bakery with photos\"", logoImage, StringComparison.Ordinal);
        Assert.Contains("hmac=", logoImage, StringComparison.Ordinal);

        // An image without alt texts is never shown on a public page.
        Assert.DoesNotContain(noAlt.ToString("D"), html, StringComparison.Ordinal);
        Assert.Contains("\"logo\":\"http://localhost/media/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cover_and_gallery_are_signed_renditions_with_alt_texts_and_an_image_without_alt_text_is_left_out()
    {
        var (business, cover, hall, team, ukrainianOnly) = await BusinessWithGalleryAsync();
        using var client = _host.Client(user: null);
        var html = await client.GetStringAsync("/s/lviv/en" + PublicCatalogData.ShowroomPath(business));

        var coverImage = Regex.Match(html, "<img class=\"showroom__cover\"[^>]*>").Value;
        Assert.Contains("alt=\"Bakery shop front\"", coverImage, StringComparison.Ordinal);
        Assert.Matches("srcset=\"/media/[^\"]+hmac=[^\"]+ 480w, [^\"]+ 768w", coverImage);
        Assert.Contains("sizes=\"", coverImage, StringComparison.Ordinal);

        // The cover comes first in the article, before the name.
        Assert.True(html.IndexOf("showroom__cover", StringComparison.Ordinal) < html.IndexOf("<h1>", StringComparison.Ordinal));

        var gallery = Regex.Match(html, "<section aria-labelledby=\"gallery-title\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("<h2 id=\"gallery-title\">Gallery</h2>", gallery, StringComparison.Ordinal);
        var pictures = Regex.Matches(gallery, "<li><img [^>]*></li>").Select(m => m.Value).ToList();
        Assert.Equal(2, pictures.Count);
        Assert.Contains("alt=\"Baking hall\"", pictures[0], StringComparison.Ordinal);
        Assert.Contains("alt=\"Our bakers\"", pictures[1], StringComparison.Ordinal);
        Assert.All(pictures, p =>
        {
            Assert.Contains("loading=\"lazy\"", p, StringComparison.Ordinal);
            Assert.Matches("srcset=\"/media/[^\"]+hmac=[^\"]+ 160w, [^\"]+ 320w", p);
        });

        // The Ukrainian page shows the same pictures with the Ukrainian alt texts.
        var uk = await client.GetStringAsync("/s/lviv" + PublicCatalogData.ShowroomPath(business));
        Assert.Contains("alt=\"Вітрина пекарні\"", uk, StringComparison.Ordinal);
        Assert.Contains("alt=\"Наші пекарі\"", uk, StringComparison.Ordinal);

        // Without an English alt text the picture is on neither page (alt texts are required in every culture).
        Assert.DoesNotContain("Лише українською", html + uk, StringComparison.Ordinal);
        Assert.DoesNotContain(ukrainianOnly.ToString("D"), html + uk, StringComparison.Ordinal);
        Assert.Contains(hall.ToString("D"), html, StringComparison.Ordinal);
        Assert.Contains(team.ToString("D"), html, StringComparison.Ordinal);
        Assert.Contains(cover.ToString("D"), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Showroom_api_returns_cover_and_gallery_with_keys_urls_and_alt_texts_of_the_requested_language()
    {
        var (business, cover, hall, team, ukrainianOnly) = await BusinessWithGalleryAsync();
        using var client = _host.Client(user: null);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/showrooms/{business.Id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var showroom = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(cover, showroom["cover"]!["mediaKey"]!.GetValue<Guid>());
        Assert.Equal("Bakery shop front", showroom["cover"]!["alt"]!.GetValue<string>());
        var gallery = showroom["gallery"]!.AsArray();
        Assert.Equal([hall, team], gallery.Select(g => g!["mediaKey"]!.GetValue<Guid>()));
        Assert.DoesNotContain(ukrainianOnly, gallery.Select(g => g!["mediaKey"]!.GetValue<Guid>()));

        // The URL is the cleaned original, and it is served.
        var url = gallery[0]!["url"]!.GetValue<string>();
        Assert.StartsWith("/media/", url, StringComparison.Ordinal);
        Assert.Contains(hall.ToString("D"), url, StringComparison.Ordinal);
        using var file = await client.GetAsync(url);
        Assert.True(file.IsSuccessStatusCode, file.StatusCode.ToString());
        Assert.StartsWith("image/", file.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        // The OpenAPI document describes the new fields.
        var schemas = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!;
        var properties = schemas["ShowroomView"]!["properties"]!.AsObject();
        Assert.True(properties.ContainsKey("cover"));
        Assert.True(properties.ContainsKey("gallery"));
        Assert.True(schemas["ShowroomImageView"]!["properties"]!.AsObject().ContainsKey("mediaKey"));
    }

    [Fact]
    public async Task Showroom_without_a_gallery_has_no_cover_and_an_empty_gallery()
    {
        await SeedSitesAsync(_host.App.Services);
        var business = await RegisterAsync(_host.App.Services, Ukrainian(ValidEdrpou(79), "lviv", "Test: Bakery without photos", "10"), owner: "plain-owner");
        using var client = _host.Client(user: null);
        var showroom = JsonNode.Parse(await client.GetStringAsync($"/api/v1/showrooms/{business.Id}"))!;
        Assert.Null(showroom["cover"]);
        Assert.Empty(showroom["gallery"]!.AsArray());
        var html = await client.GetStringAsync("/s/lviv" + PublicCatalogData.ShowroomPath(business));
        Assert.DoesNotContain("showroom__cover", html, StringComparison.Ordinal);
        Assert.DoesNotContain("gallery-title", html, StringComparison.Ordinal);
    }

    private async Task<(Cms.Catalog.Businesses.Business Business, Guid Cover, Guid Hall, Guid Team, Guid UkrainianOnly)> BusinessWithGalleryAsync()
    {
        var cover = await UploadAsync(TestImages.JpegWithGps(1600, 600), "Вітрина пекарні", "Bakery shop front");
        var hall = await UploadAsync(TestImages.Png(800, 600), "Пекарський цех", "Baking hall");
        var ukrainianOnly = await UploadAsync(TestImages.Png(640, 480), "Лише українською", null);
        var team = await UploadAsync(TestImages.JpegWithGps(900, 600), "Наші пекарі", "Our bakers");
        await SeedSitesAsync(_host.App.Services);
        var business = await RegisterAsync(_host.App.Services, Ukrainian(ValidEdrpou(78), "lviv", "Test: Bakery with a gallery", "10"), owner: "gallery-owner");
        await using var scope = _host.App.Services.CreateAsyncScope();
        var galleries = scope.ServiceProvider.GetRequiredService<ShowroomGalleryEditing>();
        var actor = TestActor.User("gallery-owner");
        Assert.True((await galleries.SetCoverAsync(actor, business.Id, cover, CancellationToken.None)).Succeeded);
        foreach (var key in new[] { hall, ukrainianOnly, team })
        {
            Assert.True((await galleries.AddImageAsync(actor, business.Id, key, CancellationToken.None)).Succeeded);
        }

        return (business, cover, hall, team, ukrainianOnly);
    }

    private async Task<Guid> UploadAsync(byte[] bytes, string? altUk, string? altEn)
    {
        var fields = new Dictionary<string, string>();
        if (altUk is not null)
        {
            fields["altUk"] = altUk;
        }

        if (altEn is not null)
        {
            fields["altEn"] = altEn;
        }

        var upload = await _host.Client().PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(bytes, "photo.jpg", fields: fields));
        Assert.True(upload.IsSuccessStatusCode, upload.StatusCode.ToString());
        return (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!.Key;
    }
}

using System.Net.Http.Json;
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

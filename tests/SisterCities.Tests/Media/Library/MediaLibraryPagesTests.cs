using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Media.Library;

/// <summary>The library's backoffice pages: per-site access, upload errors, alt text and focal point, rename, deletion while used.</summary>
public sealed class MediaLibraryPagesTests
{
    [Fact]
    public async Task Lviv_editor_cannot_list_open_or_alter_Kyivs_library()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var kyiv = await bed.SignInAsync("editor@kyiv.example");
        var kyivImage = await MediaPages.UploadImageAsync(kyiv, "/backoffice/media/sites/kyiv", TestImages.JpegWithGps(), "khreshchatyk.jpg", "Хрещатик", "Khreshchatyk");
        var lvivArticle = await bed.CreateNewsAsync(bed.LvivId, "Львівська новина");

        var lviv = await bed.SignInAsync("editor@lviv.example");
        var index = await lviv.Http.GetStringAsync("/backoffice/media");
        Assert.Contains("/backoffice/media/sites/lviv", index, StringComparison.Ordinal);
        Assert.DoesNotContain("/backoffice/media/sites/kyiv", index, StringComparison.Ordinal);

        foreach (var path in new[] { "/backoffice/media/sites/kyiv", "/backoffice/media/sites/kyiv?name=khreshchatyk", $"/backoffice/media/items/{kyivImage}" })
        {
            var response = await lviv.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("khreshchatyk", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var posts = new (string Path, (string, string)[] Fields)[]
        {
            ($"/backoffice/media/items/{kyivImage}/details", [("altUk", "Підмінено"), ("altEn", "Replaced")]),
            ($"/backoffice/media/items/{kyivImage}/rename", [("name", "stolen")]),
            ($"/backoffice/media/items/{kyivImage}/delete", []),
            ("/backoffice/media/pick", [("item", lvivArticle.ToString()), ("culture", "uk"), ("property", "image"), ("revision", "1"), ("media", kyivImage.ToString())]),
        };
        foreach (var (path, fields) in posts)
        {
            var response = await lviv.PostAsync(path, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {path} answered {(int)response.StatusCode}");
        }

        var upload = await MediaPages.UploadAsync(lviv, "/backoffice/media/sites/kyiv", TestImages.Png(), "into-kyiv.png");
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);

        var unchanged = await MediaPages.FindAsync(bed, kyivImage);
        Assert.NotNull(unchanged);
        Assert.Equal(("Хрещатик", "Khreshchatyk", "khreshchatyk.jpg"), (unchanged.AltUk, unchanged.AltEn, unchanged.FileName));
        Assert.Equal(1, await MediaPages.CountAsync(bed));
        Assert.DoesNotContain(kyivImage.ToString(), await ValuesOfAsync(bed, lvivArticle), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notes.txt", 415, "are accepted")]
    [InlineData("photo.jpg", 415, "are accepted")]
    [InlineData("huge.png", 413, "pixels")]
    public async Task An_upload_the_sanitizer_refuses_shows_its_reason_and_stores_nothing(string fileName, int status, string reason)
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var lviv = await bed.SignInAsync("editor@lviv.example");
        var bytes = fileName == "huge.png"
            ? TestImages.PngHeaderDeclaring(100_000, 100_000)
            : System.Text.Encoding.UTF8.GetBytes("Це не зображення, а звичайний текст.\n");

        var response = await MediaPages.UploadAsync(lviv, "/backoffice/media/sites/lviv", bytes, fileName, "Опис", "Description");

        Assert.Equal(status, (int)response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains($"{fileName}&quot; was not accepted", html, StringComparison.Ordinal);
        Assert.Contains(reason, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Опис\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await MediaPages.CountAsync(bed));
        var originals = Path.Combine(bed.DataPath, "media", "originals");
        Assert.True(!Directory.Exists(originals) || Directory.GetFiles(originals, "*", SearchOption.AllDirectories).Length == 0);
    }

    [Fact]
    public async Task A_phone_sized_photo_over_the_backoffice_body_limit_is_accepted()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var lviv = await bed.SignInAsync("editor@lviv.example");
        var photo = TestImages.Noise(1400, 1000);
        Assert.True(photo.Length > SisterCities.Cms.Backoffice.BackofficeServices.MaxRequestBytes, $"only {photo.Length} bytes");

        var key = await MediaPages.UploadImageAsync(lviv, "/backoffice/media/sites/lviv", photo, "noise.png");

        Assert.Equal((1400, 1000), ((await MediaPages.FindAsync(bed, key))!.Width, (await MediaPages.FindAsync(bed, key))!.Height));
    }

    [Fact]
    public async Task Alt_text_focal_point_and_name_are_saved_from_the_item_page()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var lviv = await bed.SignInAsync("author@lviv.example");
        var key = await MediaPages.UploadImageAsync(lviv, "/backoffice/media/sites/lviv", TestImages.JpegWithGps(400, 300), "ratusha.jpg");
        var before = (await MediaPages.FindAsync(bed, key))!;
        Assert.Null(before.AltUk);

        var bad = await lviv.PostAsync($"/backoffice/media/items/{key}/details", ("altUk", "Ратуша"), ("altEn", "City hall"), ("focalLeft", "150"), ("focalTop", "20"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("from 0 to 100", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await MediaPages.FindAsync(bed, key))!.AltUk);

        var saved = await lviv.PostAsync($"/backoffice/media/items/{key}/details", ("altUk", "Львівська ратуша"), ("altEn", "Lviv city hall"), ("focalLeft", "25,5"), ("focalTop", "40"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await MediaPages.FindAsync(bed, key))!;
        Assert.Equal(("Львівська ратуша", "Lviv city hall"), (after.AltUk, after.AltEn));
        Assert.Equal(0.255, after.FocalLeft!.Value, 6);
        Assert.Equal(0.40, after.FocalTop!.Value, 6);
        Assert.Equal(before.Revision + 1, after.Revision);
        var page = await lviv.Http.GetStringAsync($"/backoffice/media/items/{key}");
        Assert.Contains("value=\"Lviv city hall\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"25.5\"", page, StringComparison.Ordinal);

        var renamed = await lviv.PostAsync($"/backoffice/media/items/{key}/rename", ("name", "Ратуша взимку.png"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Ратуша-взимку.jpg", (await MediaPages.FindAsync(bed, key))!.FileName);
        var search = await lviv.Http.GetStringAsync("/backoffice/media/sites/lviv?name=" + Uri.EscapeDataString("ВЗИМКУ"));
        Assert.Contains($"/backoffice/media/items/{key}", search, StringComparison.Ordinal);
        Assert.DoesNotContain($"/backoffice/media/items/{key}", await lviv.Http.GetStringAsync("/backoffice/media/sites/lviv?name=kyiv"), StringComparison.Ordinal);
    }

    private static Task<string> ValuesOfAsync(BackofficeTestBed bed, Guid article) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<SisterCities.Cms.Data.CmsDbContext>();
            var variant = await db.Set<SisterCities.Cms.Content.ContentVariant>().SingleAsync(v => v.ItemKey == article && v.Culture == "uk");
            return (await db.Set<SisterCities.Cms.Content.ContentVersion>().SingleAsync(v => v.Id == variant.DraftVersionId)).Values;
        });
}

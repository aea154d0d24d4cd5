using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;
using SisterCities.Cms.ThemeSettings;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Media;

namespace SisterCities.Tests.ThemeSettings;

/// <summary>Theme settings per site in the backoffice, and what the public site makes of them.</summary>
public sealed partial class ThemeSettingsTests
{
    [Fact]
    public async Task Colour_below_4_5_to_1_is_refused_with_the_measured_ratio_and_nothing_is_saved()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");

        var response = await admin.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Default"), ("primaryColour", "#777777"), ("footerTextUk", "Львівська міська рада"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("contrast 4.47:1, needs at least 4.5:1", html, StringComparison.Ordinal);
        Assert.Contains("Львівська міська рада", html, StringComparison.Ordinal);
        var site = await SiteAsync(bed, bed.LvivId);
        Assert.Equal("{}", site.ThemeSettings);
        Assert.False(await AuditedAsync(bed, bed.LvivId));
    }

    [Fact]
    public async Task Site_admin_saves_colour_and_footer_the_public_pages_use_them_through_a_fingerprinted_stylesheet()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        var before = await admin.GetAsync("/s/lviv/");
        Assert.DoesNotContain("/_theme/", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var response = await admin.PostAsync("/backoffice/sites/lviv/theme",
            ("theme", "Default"), ("primaryColour", "#5E1621"), ("footerTextUk", "Львівська міська рада, пл. Ринок, 1"), ("footerTextEn", "Lviv City Council, 1 Rynok Square"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        var stylesheet = StylesheetLink().Match(home);
        Assert.True(stylesheet.Success, "no per-site stylesheet link on the home page");
        Assert.Contains("Львівська міська рада, пл. Ринок, 1", home, StringComparison.Ordinal);
        Assert.Contains("Lviv City Council, 1 Rynok Square", await (await admin.GetAsync("/s/lviv/en/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Fetched as a citizen: signed-in responses carry the auth cookie's no-store whatever the endpoint says.
        var css = await bed.Anonymous().GetAsync(stylesheet.Groups[1].Value);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("--brand:#5e1621", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("public, max-age=31536000, immutable", css.Headers.CacheControl?.ToString());

        // Kyiv's pages keep the theme's own colours.
        Assert.DoesNotContain("/_theme/", await (await admin.GetAsync("/s/kyiv/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var audit = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking()
            .SingleAsync(a => a.SiteId == bed.LvivId && a.Action == AuditActions.ThemeSettingsChanged));
        Assert.Equal("admin", audit.ActorName);
        Assert.Contains("#5e1621", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_of_another_site_gets_403_and_changes_nothing()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var kyivAdmin = await bed.SignInAsync("admin@kyiv.example");
        var lvivEditor = await bed.SignInAsync("editor@lviv.example");

        foreach (var client in new[] { kyivAdmin, lvivEditor })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/backoffice/sites/lviv/theme")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Heritage"), ("primaryColour", "#0b3d78"))).StatusCode);
        }

        var site = await SiteAsync(bed, bed.LvivId);
        Assert.Equal("Default", site.Theme);
        Assert.Equal("{}", site.ThemeSettings);
        Assert.False(await AuditedAsync(bed, bed.LvivId));
        Assert.Equal(HttpStatusCode.OK, (await kyivAdmin.GetAsync("/backoffice/sites/kyiv/theme")).StatusCode);
    }

    [Fact]
    public async Task Network_admin_switches_the_theme_and_the_site_renders_Heritage_with_its_settings_kept()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        var admin = await bed.SignInAsync("root@network.example");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Default"), ("primaryColour", "#0b3d78"), ("footerTextUk", "Футер громади"))).StatusCode);
        var defaultHome = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        Assert.Contains("/_content/SisterCities.Themes.Default/site.css", defaultHome, StringComparison.Ordinal);
        Assert.DoesNotContain("heritage.css", defaultHome, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Heritage"), ("primaryColour", "#0b3d78"), ("footerTextUk", "Футер громади"))).StatusCode);

        var heritageHome = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        Assert.Contains("/_content/SisterCities.Themes.Heritage/heritage.css", heritageHome, StringComparison.Ordinal);
        Assert.Contains("class=\"masthead", heritageHome, StringComparison.Ordinal);
        Assert.Contains("Футер громади", heritageHome, StringComparison.Ordinal);
        Assert.Equal(StylesheetLink().Match(defaultHome).Groups[1].Value, StylesheetLink().Match(heritageHome).Groups[1].Value);
        Assert.Equal(2, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().CountAsync(a => a.Action == AuditActions.ThemeSettingsChanged)));
    }

    [Fact]
    public async Task Uploaded_coat_of_arms_replaces_the_initial_shield_and_a_missing_one_falls_back_to_it()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        var before = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        Assert.Contains("coat__initial", before, StringComparison.Ordinal);

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.TokenAsync()), "__RequestVerificationToken" },
            { new StringContent("coatOfArms"), "use" },
            { new StringContent("Герб Львова"), "altUk" },
            { new StringContent("Coat of arms of Lviv"), "altEn" },
            { new ByteArrayContent(TestImages.JpegWithGps(240, 280)), "file", "herb.jpg" },
        };
        var upload = await admin.Http.PostAsync("/backoffice/sites/lviv/theme/images", form);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var settings = SiteThemeSettings.Parse((await SiteAsync(bed, bed.LvivId)).ThemeSettings);
        var item = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync(m => m.Key == settings.CoatOfArmsMediaKey));
        Assert.Equal(bed.LvivId, item.SiteId);
        Assert.Equal("image/jpeg", item.ContentType);
        var home = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        var image = CoatImage().Match(home);
        Assert.True(image.Success, "no coat-of-arms image on the home page");
        Assert.Equal("Герб Львова", image.Groups[2].Value);
        Assert.DoesNotContain("coat__initial", home, StringComparison.Ordinal);
        var rendition = await admin.GetAsync(WebUtility.HtmlDecode(image.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, rendition.StatusCode);
        Assert.StartsWith("image/", rendition.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        // A coat of arms that is gone from the library leaves the placeholder shield, not a broken image.
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var site = await db.Set<Site>().SingleAsync(s => s.Id == bed.LvivId);
            site.ThemeSettings = (settings with { CoatOfArmsMediaKey = Guid.NewGuid() }).ToJson();
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
        });
        var fallback = await (await admin.GetAsync("/s/lviv/")).Content.ReadAsStringAsync();
        Assert.Contains("coat__initial", fallback, StringComparison.Ordinal);
        Assert.DoesNotMatch(CoatImage(), fallback);
    }

    [Fact]
    public async Task Image_without_alt_text_or_of_another_site_cannot_be_chosen()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        var (noAlt, kyivImage) = await bed.WithScopeAsync(async sp =>
        {
            var library = sp.GetRequiredService<MediaLibrary>();
            var folders = sp.GetRequiredService<MediaWorkFolders>();
            async Task<Guid> AddAsync(int siteId, string? alt)
            {
                var path = folders.NewTemporaryFile();
                var bytes = TestImages.Png(64, 64);
                await File.WriteAllBytesAsync(path, bytes);
                await using var upload = new ReceivedUpload(path, "herb.png", bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
                return (await library.AddAsync(upload, new MediaUploadRequest(siteId, "theme", alt, alt, null, "test"), CancellationToken.None)).Item.Key;
            }

            return (await AddAsync(bed.LvivId, null), await AddAsync(bed.KyivId, "Герб"));
        });

        var withoutAlt = await admin.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Default"), ("coatOfArmsMediaKey", noAlt.ToString()));
        var ofKyiv = await admin.PostAsync("/backoffice/sites/lviv/theme", ("theme", "Default"), ("logoMediaKey", kyivImage.ToString()));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutAlt.StatusCode);
        Assert.Contains("altText.uk is required", await withoutAlt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, ofKyiv.StatusCode);
        Assert.Contains("this site&#x27;s media library", await ofKyiv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("{}", (await SiteAsync(bed, bed.LvivId)).ThemeSettings);
    }

    private static Task<Site> SiteAsync(BackofficeTestBed bed, int id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Site>().AsNoTracking().SingleAsync(s => s.Id == id));

    private static Task<bool> AuditedAsync(BackofficeTestBed bed, int siteId) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AnyAsync(a => a.SiteId == siteId && a.Action == AuditActions.ThemeSettingsChanged));

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(/s/lviv/_theme/lviv/[0-9a-f]{16}\\.css)\">")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("<img class=\"coat coat--image\" src=\"([^\"]+)\" alt=\"([^\"]+)\"")]
    private static partial Regex CoatImage();
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Backoffice;

/// <summary>The preview link renders the draft on the site's real theme and layout, marked and never indexed.</summary>
public sealed partial class ThemedPreviewTests
{
    [Fact]
    public async Task Preview_shows_the_draft_inside_the_Heritage_layout_with_banner_and_noindex_while_the_public_page_keeps_the_published_text()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await SwitchThemeAsync(bed, bed.LvivId, "Heritage");
        var key = await bed.CreateNewsAsync(bed.LvivId, "Ремонт бруківки на Ринку", "<p>Опублікований текст.</p>");
        await PublishAllAsync(bed, bed.LvivId);
        var editor = await bed.SignInAsync("editor@lviv.example");
        var revision = (await bed.VariantAsync(key)).Revision;
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("name", "Ремонт бруківки на Ринку"), ("v.summary", "Коротко."), ("v.body", "<p>Чернетка: роботи триватимуть до травня.</p>"))).StatusCode);

        var link = await PreviewLinkAsync(editor, key);
        var preview = await editor.GetAsync(link);
        var html = await preview.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("/_content/SisterCities.Themes.Heritage/heritage.css", html, StringComparison.Ordinal);
        Assert.Contains("class=\"masthead", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<main[^>]*>.*Чернетка: роботи триватимуть до травня\\..*</main>", RegexOptions.Singleline), html);
        Assert.Contains("<p class=\"preview-banner\" role=\"status\">Попередній перегляд — не опубліковано</p>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", html, StringComparison.Ordinal);
        Assert.Equal("noindex, nofollow", preview.Headers.GetValues("X-Robots-Tag").Single());
        Assert.Contains("no-store", preview.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        // The public page still shows the published version, without banner.
        var variant = await bed.VariantAsync(key);
        var published = await bed.Anonymous().Http.GetStringAsync("/s/lviv" + variant.UrlPath);
        Assert.Contains("Опублікований текст.", published, StringComparison.Ordinal);
        Assert.DoesNotContain("Чернетка: роботи", published, StringComparison.Ordinal);
        Assert.DoesNotContain("preview-banner", published, StringComparison.Ordinal);
        Assert.DoesNotContain("noindex", published, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_of_another_site_cannot_mint_a_preview_link()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Львівська чернетка");
        var kyiv = await bed.SignInAsync("admin@kyiv.example");

        var response = await kyiv.PostAsync($"/backoffice/content/{key}/preview-link", ("culture", "uk"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/backoffice/preview/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Львівська чернетка", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_link_answers_410_and_shows_no_draft()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Стара чернетка", "<p>Текст чернетки.</p>");
        var author = await bed.SignInAsync("author@lviv.example");
        var link = await PreviewLinkAsync(author, key);
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync(link)).StatusCode);

        clock.Advance(PreviewLinks.Lifetime + TimeSpan.FromMinutes(1));
        author = await bed.SignInAsync("author@lviv.example");
        var expired = await author.GetAsync(link);

        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.DoesNotContain("Текст чернетки.", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> PreviewLinkAsync(BackofficeClient client, Guid key)
    {
        var made = await client.PostAsync($"/backoffice/content/{key}/preview-link", ("culture", "uk"));
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        var link = WebUtility.HtmlDecode(PreviewHref().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value);
        Assert.NotEmpty(link);
        return link;
    }

    private static Task SwitchThemeAsync(BackofficeTestBed bed, int siteId, string theme) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            (await db.Set<Site>().SingleAsync(s => s.Id == siteId)).Theme = theme;
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
        });

    private static Task PublishAllAsync(BackofficeTestBed bed, int siteId) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var writer = sp.GetRequiredService<ContentWriter>();
            foreach (var item in await db.Set<ContentItem>().Where(i => i.SiteId == siteId).OrderBy(i => i.Level).Select(i => i.Key).ToListAsync())
            {
                await writer.PublishAsync(item, "uk", ContentAuthor.System, CancellationToken.None);
            }
        });

    [GeneratedRegex("href=\"(/backoffice/preview/[^\"]+)\"")]
    private static partial Regex PreviewHref();
}

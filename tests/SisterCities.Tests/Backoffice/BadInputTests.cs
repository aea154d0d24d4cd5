using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Backoffice;

public sealed partial class BadInputTests
{
    [Fact]
    public async Task A_forged_or_missing_antiforgery_token_is_refused_with_400_and_nothing_changes()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Літній кінотеатр");
        var client = await bed.SignInAsync("editor@lviv.example");

        var forged = await client.Http.PostAsync($"/backoffice/content/{key}/publish",
            new FormUrlEncodedContent([new("culture", "uk"), new("revision", "0"), new("__RequestVerificationToken", "CfDJ8forged-token-from-another-site")]));
        var missing = await client.Http.PostAsync($"/backoffice/content/{key}/publish", new FormUrlEncodedContent([new("culture", "uk"), new("revision", "0")]));

        // A token issued to another user does not work either.
        await bed.CreateUserAsync("other@lviv.example", bed.LvivId, SiteRole.Editor);
        var other = await bed.SignInAsync("other@lviv.example");
        var stolen = await client.Http.PostAsync($"/backoffice/content/{key}/publish",
            new FormUrlEncodedContent([new("culture", "uk"), new("revision", "0"), new("__RequestVerificationToken", await other.TokenAsync())]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, stolen.StatusCode);
        Assert.Null((await bed.VariantAsync(key)).PublishedVersionId);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413_and_nothing_is_stored()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Велика стаття");
        var client = await bed.SignInAsync("author@lviv.example");

        var huge = new string('a', 3 * 1024 * 1024);
        var response = await client.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", "0"), ("name", "Велика стаття"), ("v.summary", "x"), ("v.body", huge));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await bed.VariantAsync(key)).Revision);
    }

    [Fact]
    public async Task Script_in_a_title_is_encoded_and_script_in_the_body_is_removed_on_save()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Новина");
        var client = await bed.SignInAsync("author@lviv.example");

        var saved = await client.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", "0"),
            ("name", "<script>alert('title')</script>Концерт"), ("v.summary", "<img src=x onerror=alert(1)>"),
            ("v.body", "<p onclick=\"steal()\">Програма<script>alert('body')</script> <a href=\"javascript:alert(2)\">квитки</a></p>"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVersion>()
            .Where(v => v.Id == sp.GetRequiredService<CmsDbContext>().Set<ContentVariant>().Where(x => x.ItemKey == key && x.Culture == "uk").Select(x => x.DraftVersionId).Single())
            .SingleAsync());
        var body = JsonNode.Parse(stored.Values)!["body"]!.GetValue<string>();
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onclick", body);
        Assert.DoesNotContain("javascript:", body);
        Assert.Contains("Програма", body);

        foreach (var page in new[] { $"/backoffice/content/{key}?culture=uk", "/backoffice/sites/lviv" })
        {
            var html = await client.Http.GetStringAsync(page);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;Концерт", html);
        }

        var preview = PreviewHref().Match(await (await client.PostAsync($"/backoffice/content/{key}/preview-link", ("culture", "uk"))).Content.ReadAsStringAsync()).Groups[1].Value;
        var previewHtml = await client.Http.GetStringAsync(System.Net.WebUtility.HtmlDecode(preview));
        // The themed preview carries the page's JSON-LD like the public page; no other script element.
        Assert.DoesNotMatch("<script(?! type=\"application/ld\\+json\")", previewHtml);
        // Encoded as text in HTML and as \u003C…\u003E in the JSON-LD: never markup.
        Assert.DoesNotContain("onerror=alert", previewHtml.Replace("&lt;img src=x onerror=alert(1)&gt;", "").Replace("\\u003Cimg src=x onerror=alert(1)\\u003E", ""));
    }

    [Fact]
    public async Task Preview_link_renders_the_draft_to_site_users_and_answers_410_once_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        await bed.CreateUserAsync("author@kyiv.example", bed.KyivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.KyivId, "Чернетка про парки", "<p>Ще не опубліковано.</p>");
        var client = await bed.SignInAsync("author@kyiv.example");

        var made = await client.PostAsync($"/backoffice/content/{key}/preview-link", ("culture", "uk"));
        var link = System.Net.WebUtility.HtmlDecode(PreviewHref().Match(await made.Content.ReadAsStringAsync()).Groups[1].Value);
        var preview = await client.GetAsync(link);
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<h1>Чернетка про парки</h1>", html);
        Assert.Contains("class=\"preview-banner\"", html);
        Assert.Contains("<p>Ще не опубліковано.</p>", html);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link[..^4] + "AAAA")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await bed.Anonymous().GetAsync(link)).StatusCode);

        // A day later the sign-in cookie has expired too; signing in again does not revive the link.
        clock.Advance(PreviewLinks.Lifetime + TimeSpan.FromMinutes(1));
        client = await bed.SignInAsync("author@kyiv.example");
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Malformed_requests_get_a_clear_4xx_never_a_500()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Новина");
        var home = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentItem>().Where(i => i.ParentId == null).Select(i => i.Key).SingleAsync());
        var client = await bed.SignInAsync("editor@lviv.example");

        var cases = new (HttpStatusCode Expected, Func<Task<HttpResponseMessage>> Call, string What)[]
        {
            (HttpStatusCode.NotFound, () => client.PostAsync($"/backoffice/content/{key}/save", ("culture", "de"), ("revision", "0"), ("name", "x")), "save to a culture the item lacks"),
            (HttpStatusCode.NotFound, () => client.GetAsync($"/backoffice/content/{key}/history?culture=de"), "history of a missing culture"),
            (HttpStatusCode.NotFound, () => client.GetAsync($"/backoffice/content/{Guid.NewGuid()}"), "unknown item"),
            (HttpStatusCode.NotFound, () => client.GetAsync("/backoffice/sites/atlantis"), "unknown site"),
            (HttpStatusCode.NotFound, () => client.GetAsync("/backoffice/preview/not-a-token"), "garbage preview token"),
            (HttpStatusCode.NotFound, () => client.PostAsync($"/backoffice/content/{key}/move", ("parent", Guid.Empty.ToString())), "move under nothing"),
            (HttpStatusCode.NotFound, () => client.PostAsync($"/backoffice/content/{home}/sort", ("direction", "up")), "sort the root"),
            (HttpStatusCode.NotFound, () => client.PostAsync($"/backoffice/content/{key}/rollback", ("culture", "uk"), ("version", "999999"), ("revision", "0")), "rollback to an unknown version"),
            (HttpStatusCode.UnprocessableEntity, () => client.PostAsync($"/backoffice/content/{key}/schedule", ("culture", "uk"), ("action", "publish"), ("due", "tomorrow-ish")), "unreadable date"),
            (HttpStatusCode.UnprocessableEntity, () => client.PostAsync($"/backoffice/content/{key}/schedule", ("culture", "uk"), ("action", "explode"), ("due", "2031-01-01T10:00")), "unknown action"),
            (HttpStatusCode.UnprocessableEntity, () => client.PostAsync($"/backoffice/content/{home}/trash"), "trash the home page"),
            (HttpStatusCode.UnprocessableEntity, () => client.PostAsync($"/backoffice/content/{key}/save", ("culture", "uk"), ("revision", "0"), ("name", "")), "empty name"),
            (HttpStatusCode.UnprocessableEntity, () => client.PostAsync("/backoffice/sites/lviv/content", ("type", "nonsense"), ("name.uk", "x")), "unknown content type"),
        };
        foreach (var (expected, call, what) in cases)
        {
            var response = await call();
            Assert.True(response.StatusCode == expected, $"{what}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("href=\"(/backoffice/preview/[^\"]+)\"")]
    private static partial Regex PreviewHref();
}

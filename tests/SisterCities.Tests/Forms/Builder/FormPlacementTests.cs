using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Backoffice;
using static SisterCities.Tests.Forms.Builder.FormsBackofficeBed;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>A form placed on a content page: drawn by the theme, posted back to the same page with errors or thanks.</summary>
public sealed class FormPlacementTests
{
    private static FormSchema Contact() => Schemas.OnePage(
        Schemas.Field("name", FieldType.ShortText, new() { Required = true }) with { Label = new("Ваше ім’я", "Your name") },
        Schemas.Field("email", FieldType.Email, new() { Required = true }) with { Label = new("Ел. пошта", "E-mail") }) with
    {
        SuccessMessage = new("Дякуємо! Відповімо протягом 15 днів.", "Thank you!"),
    };

    private static Dictionary<string, string> Hidden(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("form.sc-form input[type=hidden]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, string action, Dictionary<string, string> hidden, params (string, string)[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(hidden.Select(h => new KeyValuePair<string, string>(h.Key, h.Value))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))).Append(new("__action", "submit"))));

    [Theory]
    [InlineData("Default", ContentTypeAliases.Page)]
    [InlineData("Heritage", ContentTypeAliases.Service)]
    public async Task Placed_form_renders_on_the_page_and_answers_there_with_errors_then_thanks(string theme, string type)
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            (await db.Set<Site>().SingleAsync(s => s.Id == bed.LvivId)).Theme = theme;
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
        });
        var form = await CreateFormAsync(bed, bed.LvivId, Contact());
        var (_, path) = await PublishPageWithFormAsync(bed, bed.LvivId, form.Key, type);
        var client = bed.Anonymous().Http;
        var pageUrl = "/s/lviv" + path;

        var page = await ReadOkAsync(await client.GetAsync(pageUrl));
        var document = new HtmlParser().ParseDocument(page);
        var action = document.QuerySelector("#form form.sc-form")!.GetAttribute("action")!;
        var invalid = await SubmitAsync(client, action.Split('#')[0], Hidden(page), ("name", ""), ("email", "not-an-email"));
        var invalidHtml = await ReadOkAsync(invalid, HttpStatusCode.UnprocessableEntity);
        var valid = await SubmitAsync(client, action.Split('#')[0], Hidden(invalidHtml), ("name", "Олена Коваленко"), ("email", "olena@lviv.example"));
        var thanks = await ReadOkAsync(valid);

        Assert.Equal($"/s/lviv/forms/{form.Key}/submit#form", action);
        Assert.Contains("Відповідаємо протягом 15 днів.", page);
        Assert.Equal("Ваше ім’я (обов’язково)", document.QuerySelector("label[for=f-name]")!.TextContent);
        var errorPage = new HtmlParser().ParseDocument(invalidHtml);
        Assert.Equal("Зворотний зв’язок", errorPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["#f-name", "#f-email"], errorPage.QuerySelectorAll(".sc-form__errors a").Select(a => a.GetAttribute("href")));
        Assert.Equal("true", errorPage.QuerySelector("#f-email")!.GetAttribute("aria-invalid"));
        Assert.Equal("not-an-email", errorPage.QuerySelector("#f-email")!.GetAttribute("value"));
        var thanksPage = new HtmlParser().ParseDocument(thanks);
        Assert.Equal("Зворотний зв’язок", thanksPage.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Дякуємо! Відповімо протягом 15 днів.", thanksPage.QuerySelector("#form .sc-form__message")!.TextContent);
        Assert.Null(thanksPage.QuerySelector("form.sc-form"));
        var entry = Assert.Single(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AsNoTracking().ToListAsync()));
        Assert.Contains("Олена Коваленко", entry.Values);
    }

    [Fact]
    public async Task A_page_never_shows_another_sites_form_and_the_editor_picks_from_the_sites_and_network_forms()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var kyivForm = await CreateFormAsync(bed, bed.KyivId, Contact(), "Київська форма");
        await CreateFormAsync(bed, null, Contact(), "Мережева форма");
        await CreateFormAsync(bed, bed.LvivId, Contact(), "Львівська форма");
        var (pageKey, path) = await PublishPageWithFormAsync(bed, bed.LvivId, kyivForm.Key);
        var editor = await bed.SignInAsync("editor@lviv.example");

        var page = await ReadOkAsync(await bed.Anonymous().Http.GetAsync("/s/lviv" + path));
        var edit = await ReadOkAsync(await editor.GetAsync($"/backoffice/content/{pageKey}?culture=uk"));
        var options = new HtmlParser().ParseDocument(edit).QuerySelectorAll("#f-values-form option").Select(o => o.TextContent).ToList();

        Assert.Null(new HtmlParser().ParseDocument(page).QuerySelector("form.sc-form"));
        Assert.Contains("Львівська форма", options);
        Assert.Contains("Мережева форма (network)", options);
        Assert.DoesNotContain("Київська форма", options);
        Assert.Contains($"Unknown form {kyivForm.Key}", options);
    }
}

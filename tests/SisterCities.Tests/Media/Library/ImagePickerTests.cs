using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Media.Library;

/// <summary>Choosing an article's image from the library, deletion refused while it is used, and the alt-text rule at publish time.</summary>
public sealed class ImagePickerTests
{
    [Fact]
    public async Task Choose_from_the_library_saves_the_typed_draft_then_sets_the_image_and_shows_its_thumbnail()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var article = await bed.CreateNewsAsync(bed.LvivId, "Реставрація Ратуші");
        var author = await bed.SignInAsync("author@lviv.example");
        var image = await MediaPages.UploadImageAsync(author, "/backoffice/media/sites/lviv", TestImages.JpegWithGps(), "ratusha.jpg", "Ратуша", "City hall");

        // The editor's "Choose from the library" button submits the edit form: what was typed is saved first.
        var revision = (await bed.VariantAsync(article)).Revision;
        var save = await author.PostAsync($"/backoffice/content/{article}/save",
            ("culture", "uk"), ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("name", "Реставрація Ратуші"),
            ("v.summary", "Нове резюме, набране перед вибором фото."), ("v.body", "<p>Текст.</p>"), ("v.image", ""), ("pick", "image"));
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal($"/backoffice/media/pick?item={article}&culture=uk&property=image", save.Headers.Location!.OriginalString);
        Assert.Equal("Нове резюме, набране перед вибором фото.", JsonNode.Parse(await DraftValuesAsync(bed, article))!["summary"]!.GetValue<string>());

        var picker = await author.Http.GetStringAsync(save.Headers.Location.OriginalString);
        Assert.Contains("ratusha.jpg", picker, StringComparison.Ordinal);
        Assert.Contains($"value=\"{image}\"", picker, StringComparison.Ordinal);

        revision = (await bed.VariantAsync(article)).Revision;
        var chosen = await author.PostAsync("/backoffice/media/pick",
            ("item", article.ToString()), ("culture", "uk"), ("property", "image"), ("revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("media", image.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var values = JsonNode.Parse(await DraftValuesAsync(bed, article))!.AsObject();
        Assert.Equal(image.ToString(), values["image"]!.GetValue<string>());
        Assert.Equal("Нове резюме, набране перед вибором фото.", values["summary"]!.GetValue<string>());

        var editor = await author.Http.GetStringAsync($"/backoffice/content/{article}?culture=uk");
        Assert.Contains("?preset=thumb", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"ratusha.jpg\"", editor, StringComparison.Ordinal);
        Assert.Contains($"name=\"v.image\" value=\"{image}\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_image_an_article_uses_is_refused_with_the_article_listed_and_allowed_once_removed()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var article = await bed.CreateNewsAsync(bed.LvivId, "Свято Різдва на Ринку");
        var editor = await bed.SignInAsync("editor@lviv.example");
        var image = await MediaPages.UploadImageAsync(editor, "/backoffice/media/sites/lviv", TestImages.JpegWithGps(), "rynok.jpg", "Ринок", "Market Square");
        await PickAsync(bed, editor, article, image);

        var refused = await editor.PostAsync($"/backoffice/media/items/{image}/delete");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Not deleted: this file is used by 1 item(s)", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/backoffice/content/{article}?culture=uk\">Свято Різдва на Ринку</a>", html, StringComparison.Ordinal);
        Assert.NotNull(await MediaPages.FindAsync(bed, image));

        await PickAsync(bed, editor, article, null);
        var deleted = await editor.PostAsync($"/backoffice/media/items/{image}/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/backoffice/media/sites/lviv?deleted=1", deleted.Headers.Location!.OriginalString);
        Assert.Null(await MediaPages.FindAsync(bed, image));
    }

    [Fact]
    public async Task Publishing_with_an_image_lacking_alt_text_in_the_pages_language_is_refused_with_a_clear_message()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var article = await bed.CreateNewsAsync(bed.LvivId, "Новий сквер");
        var editor = await bed.SignInAsync("editor@lviv.example");
        var image = await MediaPages.UploadImageAsync(editor, "/backoffice/media/sites/lviv", TestImages.JpegWithGps(), "skver.jpg", altUk: "Новий сквер на Сихові");
        await PickAsync(bed, editor, article, image, "uk");
        await PickAsync(bed, editor, article, image, "en");

        var en = await editor.PostAsync($"/backoffice/content/{article}/publish", ("culture", "en"), ("revision", Revision(await bed.VariantAsync(article, "en"))));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, en.StatusCode);
        Assert.Contains("the image &quot;skver.jpg&quot; has no alt text in English (en)", await en.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await bed.VariantAsync(article, "en")).PublishedVersionId);

        var uk = await editor.PostAsync($"/backoffice/content/{article}/publish", ("culture", "uk"), ("revision", Revision(await bed.VariantAsync(article, "uk"))));
        Assert.Equal(HttpStatusCode.Redirect, uk.StatusCode);
        Assert.Equal(ContentState.Published, (await bed.VariantAsync(article, "uk")).State);

        await editor.PostAsync($"/backoffice/media/items/{image}/details", ("altUk", "Новий сквер на Сихові"), ("altEn", "The new square in Sykhiv"));
        var enAgain = await editor.PostAsync($"/backoffice/content/{article}/publish", ("culture", "en"), ("revision", Revision(await bed.VariantAsync(article, "en"))));
        Assert.Equal(HttpStatusCode.Redirect, enAgain.StatusCode);
        Assert.Equal(ContentState.Published, (await bed.VariantAsync(article, "en")).State);
    }

    [Fact]
    public async Task A_scheduled_publish_of_a_page_whose_image_lacks_alt_text_does_not_go_live_and_says_why()
    {
        var clock = new FakeClock(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var article = await bed.CreateNewsAsync(bed.LvivId, "Нічне прибирання");
        var editor = await bed.SignInAsync("editor@lviv.example");
        var image = await MediaPages.UploadImageAsync(editor, "/backoffice/media/sites/lviv", TestImages.JpegWithGps(), "prybyrannia.jpg", altUk: "Прибирання вулиці");
        await PickAsync(bed, editor, article, image, "en");
        var editorId = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Users.Where(u => u.Email == "editor@lviv.example").Select(u => u.Id).SingleAsync());
        var me = await bed.EditorAsync(editorId);

        var (scheduled, ran, entry) = await bed.WithScopeAsync(async sp =>
        {
            var schedule = sp.GetRequiredService<SisterCities.Cms.Workflow.PublishingSchedule>();
            var outcome = await schedule.ScheduleAsync(me, article, "en", SisterCities.Cms.Workflow.ScheduledAction.Publish, clock.Now.AddMinutes(5), CancellationToken.None);
            clock.Now = clock.Now.AddMinutes(6);
            var count = await schedule.RunDueAsync(CancellationToken.None);
            var row = await sp.GetRequiredService<CmsDbContext>().Set<SisterCities.Cms.Workflow.ScheduledAction>().AsNoTracking().SingleAsync();
            return (outcome, count, row);
        });

        Assert.True(scheduled.Succeeded);
        Assert.Equal(1, ran);
        Assert.NotNull(entry.DoneAt);
        Assert.Contains("has no alt text in English (en)", entry.Error, StringComparison.Ordinal);
        Assert.Null((await bed.VariantAsync(article, "en")).PublishedVersionId);
    }

    private static string Revision(ContentVariant variant) => variant.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task PickAsync(BackofficeTestBed bed, BackofficeClient client, Guid article, Guid? image, string culture = "uk")
    {
        var fields = new List<(string, string)>
        {
            ("item", article.ToString()), ("culture", culture), ("property", "image"), ("revision", Revision(await bed.VariantAsync(article, culture))),
        };
        if (image is not null)
        {
            fields.Add(("media", image.Value.ToString()));
        }

        var response = await client.PostAsync("/backoffice/media/pick", [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<string> DraftValuesAsync(BackofficeTestBed bed, Guid article) =>
        bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == article && v.Culture == "uk");
            return (await db.Set<ContentVersion>().SingleAsync(v => v.Id == variant.DraftVersionId)).Values;
        });
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Forms.Builder.FormsBackofficeBed;

namespace SisterCities.Tests.Forms.Builder;

/// <summary>The backoffice form builder: create, edit without JavaScript, save as a new version, errors next to fields.</summary>
public sealed class FormBuilderTests
{
    private static Task<List<FormVersion>> VersionsAsync(BackofficeTestBed bed, Guid key) => bed.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var id = await db.Set<FormDefinition>().Where(f => f.Key == key).Select(f => f.Id).SingleAsync();
        return await db.Set<FormVersion>().AsNoTracking().Where(v => v.FormId == id).OrderBy(v => v.Number).ToListAsync();
    });

    private static async Task<HtmlFormData> EditorFormAsync(BackofficeClient client, Guid key, HttpResponseMessage? response = null)
    {
        var html = await ReadOkAsync(response ?? await client.GetAsync($"/backoffice/forms/{key}"));
        return HtmlFormData.FromPage(html, $"/backoffice/forms/{key}");
    }

    private static async Task<HttpResponseMessage> PressAsync(BackofficeClient client, Guid key, HtmlFormData data, string op) =>
        await client.Http.PostAsync($"/backoffice/forms/{key}", data.Set("op", op).Content());

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Editor_creates_a_form_adds_and_orders_fields_and_saving_makes_version_two(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings, provider: provider);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var client = await bed.SignInAsync("editor@lviv.example");

        var created = await client.PostAsync("/backoffice/forms", ("name", "Звернення до громади"), ("owner", "lviv"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());

        var withEmail = await PressAsync(client, key, (await EditorFormAsync(client, key)).Set("newType", "Email"), "add-field");
        var form = await EditorFormAsync(client, key, withEmail);
        Assert.Equal("email1", form["Fields[0].Alias"]);
        form.Set("Fields[0].Alias", "email").Set("Fields[0].LabelUk", "Ел. пошта").Set("Fields[0].LabelEn", "E-mail").Tick("Fields[0].Required")
            .Set("newType", "DropDown");
        form = await EditorFormAsync(client, key, await PressAsync(client, key, form, "add-field"));
        form.Set("Fields[1].Alias", "topic").Set("Fields[1].LabelUk", "Тема").Set("Fields[1].Options", "roads | Дороги | Roads\nparks | Парки | Parks")
            .Set("SuccessUk", "Дякуємо, відповімо.").Set("RetentionDays", "90").Set("Recipients", "office@lviv.example");
        form = await EditorFormAsync(client, key, await PressAsync(client, key, form, "up-1"));
        Assert.Single(await VersionsAsync(bed, key));

        var saved = await PressAsync(client, key, form, "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("?saved=2", saved.Headers.Location!.OriginalString);
        var versions = await VersionsAsync(bed, key);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        var schema = versions[1].Schema;
        Assert.Equal(["topic", "email"], schema.AllFields.Select(f => f.Alias));
        var email = schema.Field("email")!;
        Assert.Equal((FieldType.Email, true, "Ел. пошта"), (email.Type, email.Validation.Required, email.Label.Uk));
        Assert.Equal(["roads", "parks"], schema.Field("topic")!.Options.Select(o => o.Value));
        Assert.Equal("Parks", schema.Field("topic")!.Options[1].Label.En);
        Assert.Equal((90, "Дякуємо, відповімо.", "office@lviv.example"), (schema.RetentionDays, schema.SuccessMessage.Uk, schema.Notification!.Recipients[0]));
        Assert.Empty(versions[0].Schema.AllFields);
        var page = await ReadOkAsync(await client.GetAsync(saved.Headers.Location.OriginalString));
        Assert.Contains("New visitors get version 2", page);
    }

    [Fact]
    public async Task Conditions_validation_pages_and_webhook_settings_round_trip_and_the_secret_never_reaches_the_page()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var form = await CreateFormAsync(bed, bed.LvivId, Schemas.OnePage(
            Schemas.Field("topic", FieldType.SingleChoice, null, null, "roads", "other"),
            Schemas.Field("details", FieldType.ShortText)));
        var client = await bed.SignInAsync("editor@lviv.example");
        var data = await EditorFormAsync(client, form.Key);
        data.Set("Fields[1].ConditionAction", "Show").Set("Fields[1].Rules[0].Field", "topic").Set("Fields[1].Rules[0].Operator", "Equals").Set("Fields[1].Rules[0].Value", "other")
            .Set("Fields[1].MaxLength", "200").Set("Fields[1].Pattern", "[A-Za-zА-Яа-яІіЇїЄєҐґ ]+").Set("Fields[1].PatternMessageEn", "Letters only")
            .Set("WebhookUrl", "https://hooks.example.org/forms").Set("WebhookSecret", "a-long-webhook-secret-0123456789");
        data = await EditorFormAsync(client, form.Key, await PressAsync(client, form.Key, data, "add-page"));
        Assert.Equal("", data["WebhookSecret"]);
        Assert.DoesNotContain("a-long-webhook-secret", string.Join(" ", data.Fields.Select(f => f.Value)));
        data.Set("Fields[1].Page", "1");

        var saved = await PressAsync(client, form.Key, data, "save");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var schema = (await VersionsAsync(bed, form.Key)).Last().Schema;
        Assert.Equal(2, schema.Pages.Count);
        var details = Assert.Single(schema.Pages[1].Fields);
        Assert.Equal(new ConditionRule("topic", ConditionOperator.Equals, "other"), Assert.Single(details.Condition!.Rules));
        Assert.Equal((ConditionAction.Show, 200, "Letters only"), (details.Condition.Action, details.Validation.MaxLength!.Value, details.Validation.PatternMessage!.En));
        Assert.Equal(("https://hooks.example.org/forms", "a-long-webhook-secret-0123456789"), (schema.Webhook!.Url, schema.Webhook.Secret));
        var reopened = await ReadOkAsync(await client.GetAsync($"/backoffice/forms/{form.Key}"));
        Assert.DoesNotContain("a-long-webhook-secret", reopened);
    }

    [Fact]
    public async Task Invalid_definition_is_shown_next_to_its_fields_and_nothing_is_stored()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var form = await CreateFormAsync(bed, bed.LvivId, Schemas.OnePage(Schemas.Field("name", FieldType.ShortText)));
        var client = await bed.SignInAsync("editor@lviv.example");
        var data = await EditorFormAsync(client, form.Key);
        data = await EditorFormAsync(client, form.Key, await PressAsync(client, form.Key, data.Set("newType", "DropDown"), "add-field"));
        data.Set("Fields[0].Alias", "1 bad alias").Set("Fields[0].MaxLength", "many").Set("RetentionDays", "0").Set("WebhookUrl", "ftp://example.org");

        var response = await PressAsync(client, form.Key, data, "save");

        var html = await ReadOkAsync(response, HttpStatusCode.UnprocessableEntity);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var summaryLinks = document.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#x0-alias", summaryLinks);
        Assert.Contains("#x0-maxLength", summaryLinks);
        Assert.Contains("#x1-alias", summaryLinks);
        Assert.Contains("#s-retention", summaryLinks);
        Assert.Contains("#s-webhookUrl", summaryLinks);
        Assert.Contains("A choice field needs at least one option.", document.QuerySelector("#e-x1-alias")!.TextContent);
        Assert.Equal("e-x0-maxLength", document.QuerySelector("#x0-maxLength")!.GetAttribute("aria-describedby"));
        Assert.Equal("1 bad alias", document.QuerySelector("#x0-alias")!.GetAttribute("value"));
        var versions = await VersionsAsync(bed, form.Key);
        Assert.Equal([1], versions.Select(v => v.Number));
    }

    [Fact]
    public async Task A_save_over_a_version_saved_meanwhile_is_refused_with_the_changes_kept()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var form = await CreateFormAsync(bed, bed.LvivId, Schemas.OnePage(Schemas.Field("name", FieldType.ShortText)));
        var client = await bed.SignInAsync("editor@lviv.example");
        var mine = (await EditorFormAsync(client, form.Key)).Set("Fields[0].LabelEn", "Your name");
        await bed.WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().SaveVersionAsync(form.Key, Schemas.OnePage(Schemas.Field("fullName", FieldType.ShortText)), default));

        var html = await ReadOkAsync(await PressAsync(client, form.Key, mine, "save"), HttpStatusCode.Conflict);

        Assert.Contains("Someone saved version 2", html);
        Assert.Contains("value=\"Your name\"", html);
        Assert.Equal(2, (await VersionsAsync(bed, form.Key)).Count);
    }

    [Fact]
    public async Task Network_forms_are_for_network_admins_and_the_list_shows_only_the_users_forms_with_entry_counts()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: Settings);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("admin@network.example", networkAdmin: true);
        var lviv = await CreateFormAsync(bed, bed.LvivId, Schemas.OnePage(Schemas.Field("name", FieldType.ShortText)), "Львівська форма");
        await CreateFormAsync(bed, bed.KyivId, Schemas.OnePage(Schemas.Field("name", FieldType.ShortText)), "Київська форма");
        await AddEntryAsync(bed, lviv, "Олена", DateTimeOffset.UtcNow);
        var editor = await bed.SignInAsync("editor@lviv.example");
        var admin = await bed.SignInAsync("admin@network.example");

        var list = await ReadOkAsync(await editor.GetAsync("/backoffice/forms"));
        var refused = await editor.PostAsync("/backoffice/forms", ("name", "Мережева"), ("owner", "network"));
        var made = await admin.PostAsync("/backoffice/forms", ("name", "Мережева"), ("owner", "network"));

        Assert.Contains("Львівська форма", list);
        Assert.DoesNotContain("Київська форма", list);
        Assert.Contains("aria-label=\"1 entries of Львівська форма\"", list);
        Assert.DoesNotContain("value=\"network\"", list);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        Assert.Equal(1, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormDefinition>().CountAsync(f => f.SiteId == null)));
    }
}

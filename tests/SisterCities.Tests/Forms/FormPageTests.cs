using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Forms.FormsHarness;

namespace SisterCities.Tests.Forms;

public sealed partial class FormPageTests
{
    private static FormSchema TwoPagesWithSummary() => new()
    {
        Pages =
        [
            new(new("Про вас", "About you"), [Schemas.Field("name", FieldType.ShortText, new() { Required = true }) with { Help = new("Як у паспорті", "As in your passport") }]),
            new(new("Пропозиція", "Proposal"), [Schemas.Field("areas", FieldType.MultipleChoice, new() { Required = true }, null, "culture", "youth")]),
        ],
        ShowSummaryPage = true,
    };

    private static Dictionary<string, string> HiddenOf(string html) =>
        HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [Fact]
    public async Task Multi_page_form_validates_each_page_shows_a_summary_and_submits_without_javascript()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(TwoPagesWithSummary());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var emptyFirst = await PostAsync(client, form.Key, hidden, [("__action", "next")]);
        var emptyHtml = await emptyFirst.Content.ReadAsStringAsync();
        var second = await PostAsync(client, form.Key, HiddenOf(emptyHtml), [("name", "Олена <b>Коваленко</b>"), ("__action", "next")]);
        var summary = await PostAsync(client, form.Key, HiddenOf(await second.Content.ReadAsStringAsync()), [("areas", "youth"), ("areas", "culture"), ("__action", "next")]);
        var summaryHtml = await summary.Content.ReadAsStringAsync();
        var done = await PostAsync(client, form.Key, HiddenOf(summaryHtml), [("__action", "submit")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyFirst.StatusCode);
        Assert.Contains("<a href=\"#f-name\">", emptyHtml);
        Assert.Contains("aria-describedby=\"f-name-help f-name-error\"", emptyHtml);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("<fieldset id=\"f-areas\"><legend>areas", await second.Content.ReadAsStringAsync());
        Assert.Contains("Олена &lt;b&gt;Коваленко&lt;/b&gt;", summaryHtml);
        Assert.Contains("Check your answers", summaryHtml);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var entry = Assert.Single(await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().ToListAsync()));
        Assert.Contains("culture", entry.Values);
        Assert.Contains("Олена <b>Коваленко</b>", entry.Values);
    }

    [Fact]
    public async Task Back_keeps_the_answers_of_the_page_left()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(TwoPagesWithSummary());
        var client = h.Client();
        var second = await PostAsync(client, form.Key, await OpenAsync(client, form.Key), [("name", "Taras"), ("__action", "next")]);

        var back = await PostAsync(client, form.Key, HiddenOf(await second.Content.ReadAsStringAsync()), [("__action", "back")]);

        Assert.Contains("value=\"Taras\"", await back.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_page_ties_labels_to_inputs_and_carries_antiforgery_state_and_honeypot()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());

        var html = await h.Client().GetStringAsync($"/forms/{form.Key}?culture=uk");

        foreach (Match input in InputId().Matches(html))
        {
            var id = input.Groups[1].Value;
            if (id != "f-website")
            {
                Assert.Contains($"for=\"{id}\"", html);
            }
        }

        Assert.Contains("<html lang=\"uk\">", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("name=\"__state\"", html);
        Assert.Contains("<div class=\"sc-form__hp\" hidden>", html);
        Assert.Contains("Я погоджуюся", html);
    }

    [Fact]
    public async Task Tampered_state_is_refused()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);
        hidden["__state"] = hidden["__state"][..^4] + "AAAA";

        var response = await PostAsync(client, form.Key, hidden, ValidContact());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Management_api_answers_401_even_before_any_sign_in_scheme_exists()
    {
        using var app = CmsAppFactory.Sqlite();

        var response = await app.CreateClient().GetAsync("/api/v1/forms");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void File_upload_before_the_last_page_is_refused_by_the_schema_rules()
    {
        var schema = TwoPagesWithSummary() with
        {
            Pages = [new(new("1", "1"), [Schemas.Field("doc", FieldType.FileUpload)]), new(new("2", "2"), [Schemas.Field("b", FieldType.ShortText)])],
        };
        Assert.Contains("fields.doc", FormSchemaRules.Check(schema).Keys);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__[A-Za-z]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<(?:input|select|textarea) (?:type=\"(?!hidden)[a-z]+\" )?id=\"([^\"]+)\"")]
    private static partial Regex InputId();
}

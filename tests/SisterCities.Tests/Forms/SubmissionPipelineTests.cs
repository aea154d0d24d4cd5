using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;
using static SisterCities.Tests.Forms.FormsHarness;

namespace SisterCities.Tests.Forms;

public sealed class SubmissionPipelineTests
{
    private const string Delivery = "/umbraco/forms/delivery/api/v1";

    private static Task<List<FormEntry>> EntriesAsync(FormsHarness h) =>
        h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AsNoTracking().Include(e => e.Files).ToListAsync());

    [Fact]
    public async Task Html_submission_stores_entry_with_version_consent_and_outbox_jobs()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact("https://hooks.lviv.ua/forms", "cnap@lviv.ua"));
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var response = await PostAsync(client, form.Key, hidden, ValidContact(), ("attachment", "scan.png", [.. Schemas.PngHead, 1, 2, 3]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Thank you", await response.Content.ReadAsStringAsync());
        var entry = Assert.Single(await EntriesAsync(h));
        Assert.Equal((1, "en", h.SiteId), (entry.FormVersion, entry.Culture, entry.SiteId!.Value));
        Assert.Contains("I agree", entry.ConsentText);
        Assert.Equal(Start, entry.ConsentAt);
        Assert.Equal("image/png", Assert.Single(entry.Files).ContentType);
        Assert.Contains("Olena Kovalenko", entry.Values);
        var jobs = await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormWorkflowJob>().Where(j => j.EntryId == entry.Id).Select(j => j.Kind).ToListAsync());
        Assert.Equal([WorkflowKind.Email, WorkflowKind.Webhook], jobs.Order());
    }

    [Fact]
    public async Task Missing_required_fields_answer_422_with_field_errors()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());

        var response = await h.Client().PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values = new Dictionary<string, string[]> { ["name"] = ["Olena"] } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var keys = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["consent", "email", "message", "topic"], keys);
        Assert.Empty(await EntriesAsync(h));
    }

    [Fact]
    public async Task Value_for_a_field_hidden_by_a_condition_answers_422_naming_it()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var values = ValidContact().Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });
        values["topicOther"] = ["smuggled"];

        var response = await h.Client().PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values, culture = "uk" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["topicOther"], errors.EnumerateObject().Select(p => p.Name));
        Assert.Empty(await EntriesAsync(h));
    }

    [Fact]
    public async Task Headless_entry_is_accepted_with_202_and_definition_hides_the_webhook_secret()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact("https://hooks.lviv.ua/forms"));
        var values = ValidContact().Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });

        var response = await h.Client().PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values, culture = "uk" });
        var definition = await h.Client().GetStringAsync($"{Delivery}/definitions/{form.Key}?culture=uk");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("uk", Assert.Single(await EntriesAsync(h)).Culture);
        Assert.Contains("\"alias\":\"topicOther\"", definition);
        Assert.Contains("\"actionType\":\"Show\"", definition);
        Assert.DoesNotContain("a-webhook-secret", definition);
    }

    [Theory]
    [InlineData("photo.png", false)]
    [InlineData("big.pdf", true)]
    public async Task Wrong_file_type_or_size_answers_422_and_stores_nothing(string name, bool tooBig)
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);
        byte[] bytes = tooBig ? [.. Schemas.PdfHead, .. new byte[2048]] : Schemas.ExeHead;

        var response = await PostAsync(client, form.Key, hidden, ValidContact(), ("attachment", name, bytes));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#f-attachment\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Empty(await EntriesAsync(h));
        Assert.Empty(Directory.GetFiles(Path.Combine(h.DataPath, "form-files"), "*.p*"));
    }

    [Fact]
    public async Task Replayed_submission_is_refused_and_makes_no_second_entry()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var first = await PostAsync(client, form.Key, hidden, ValidContact());
        var replay = await PostAsync(client, form.Key, hidden, ValidContact());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Single(await EntriesAsync(h));
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);
        hidden.Remove("__RequestVerificationToken");

        var response = await PostAsync(client, form.Key, hidden, ValidContact());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await EntriesAsync(h));
    }

    [Fact]
    public async Task Filled_honeypot_looks_successful_but_stores_nothing()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var response = await PostAsync(client, form.Key, hidden, [.. ValidContact(), ("website", "http://spam.example")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await EntriesAsync(h));
    }

    [Fact]
    public async Task Form_sent_faster_than_the_minimum_fill_time_is_sent_back_then_accepted_later()
    {
        await using var h = await StartAsync(settings: new Dictionary<string, string?> { ["Forms:MinimumFillSeconds"] = "5" });
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var hidden = await OpenAsync(client, form.Key);

        var tooQuick = await PostAsync(client, form.Key, hidden, ValidContact());
        h.Clock.Advance(TimeSpan.FromSeconds(6));
        var later = await PostAsync(client, form.Key, hidden, ValidContact());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooQuick.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Single(await EntriesAsync(h));
    }

    [Fact]
    public async Task Posts_beyond_the_per_ip_limit_answer_429()
    {
        await using var h = await StartAsync(settings: new Dictionary<string, string?> { ["Forms:SubmissionsPerIpPerWindow"] = "3" });
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values = new { } })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Editing_a_form_while_submissions_arrive_keeps_each_entry_on_its_version()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());
        var client = h.Client();
        var openedBeforeEdit = await OpenAsync(client, form.Key);
        var v2 = Schemas.Contact() with
        {
            Pages = [Schemas.Contact().Pages[0] with { Fields = [.. Schemas.Contact().Pages[0].Fields, Schemas.Field("district", FieldType.ShortText, new() { Required = true })] }],
        };
        await h.WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().SaveVersionAsync(form.Key, v2, default));

        var oldPage = await PostAsync(client, form.Key, openedBeforeEdit, ValidContact());
        var values = ValidContact().Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });
        var headlessWithoutDistrict = await client.PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values });
        values["district"] = ["Halytskyi"];
        var headless = await client.PostAsJsonAsync($"{Delivery}/entries/{form.Key}", new { values });

        Assert.Equal(HttpStatusCode.OK, oldPage.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, headlessWithoutDistrict.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, headless.StatusCode);
        Assert.Equal([1, 2], (await EntriesAsync(h)).Select(e => e.FormVersion).Order());
    }

    [Fact]
    public async Task Site_form_is_not_served_outside_its_site()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact());

        var response = await h.Client("localhost").GetAsync($"{Delivery}/definitions/{form.Key}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

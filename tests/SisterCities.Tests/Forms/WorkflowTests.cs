using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;
using SisterCities.Cms.Forms.Workflows;
using static SisterCities.Tests.Forms.FormsHarness;

namespace SisterCities.Tests.Forms;

public sealed class WorkflowTests
{
    private static async Task<Guid> SubmitAsync(FormsHarness h, Guid key, string name = "Olena Kovalenko")
    {
        var values = ValidContact(name).Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });
        var response = await h.Client().PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{key}", new { values, culture = "uk" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AcceptedBody>())!.EntryId;
    }

    private static Task<List<FormWorkflowJob>> JobsAsync(FormsHarness h) =>
        h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormWorkflowJob>().AsNoTracking().ToListAsync());

    private static Task<List<FormWorkflowAttempt>> LogAsync(FormsHarness h) =>
        h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormWorkflowAttempt>().AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Failing_webhook_is_retried_with_backoff_and_never_loses_the_entry()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact("https://hooks.lviv.ua/forms"));
        var entryId = await SubmitAsync(h, form.Key);
        h.Webhook.Answer = HttpStatusCode.InternalServerError;

        await h.RunWorkflowsAsync();
        var afterFailure = Assert.Single(await JobsAsync(h));
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        var tooEarly = await h.RunWorkflowsAsync();
        h.Webhook.Answer = HttpStatusCode.OK;
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await h.RunWorkflowsAsync();

        Assert.Equal((WorkflowJobState.Pending, 1), (afterFailure.State, afterFailure.Attempts));
        Assert.Equal(Start.AddSeconds(30), afterFailure.NextAttemptAt);
        Assert.Equal(0, tooEarly);
        Assert.Equal(WorkflowJobState.Done, Assert.Single(await JobsAsync(h)).State);
        Assert.Equal([false, true], (await LogAsync(h)).Select(a => a.Succeeded));
        Assert.Contains("500", (await LogAsync(h))[0].Message);
        Assert.Equal(2, h.Webhook.Received.Count);
        Assert.True(await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().AnyAsync(e => e.Id == entryId)));
    }

    [Fact]
    public async Task Webhook_body_carries_a_verifiable_signature()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact("https://hooks.lviv.ua/forms"));
        var entryId = await SubmitAsync(h, form.Key);

        await h.RunWorkflowsAsync();

        var (request, body) = Assert.Single(h.Webhook.Received);
        var timestamp = long.Parse(request.Headers.GetValues(WebhookSignature.TimestampHeader).Single(), System.Globalization.CultureInfo.InvariantCulture);
        var signature = request.Headers.GetValues(WebhookSignature.SignatureHeader).Single();
        Assert.Equal(Start.ToUnixTimeSeconds(), timestamp);
        Assert.True(WebhookSignature.Verify("a-webhook-secret-of-32-characters", timestamp, body, signature));
        Assert.False(WebhookSignature.Verify("another-secret-entirely-different", timestamp, body, signature));
        Assert.Contains(entryId.ToString(), body);
        Assert.Contains("Olena Kovalenko", body);
    }

    [Fact]
    public async Task Notification_is_written_as_an_eml_file_without_smtp()
    {
        await using var h = await StartAsync();
        var form = await h.CreateFormAsync(Schemas.Contact(recipient: "cnap@lviv.ua"));
        var entryId = await SubmitAsync(h, form.Key);

        await h.RunWorkflowsAsync();

        var eml = Assert.Single(Directory.GetFiles(Path.Combine(h.DataPath, EmailNotificationWorkflow.MailFolder), "*.eml"));
        var text = await File.ReadAllTextAsync(eml);
        Assert.Contains("To: cnap@lviv.ua", text);
        Assert.Contains($"X-SisterCities-Entry: {entryId}", text);
        Assert.Contains("Subject: =?utf-8?", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(WorkflowJobState.Done, Assert.Single(await JobsAsync(h)).State);
    }

    [Fact]
    public async Task Partnership_proposal_becomes_a_draft_page_once()
    {
        await using var h = await StartAsync();
        var schema = Schemas.Contact() with { DraftContent = new("page", null, null, "name", new Dictionary<string, string> { ["message"] = "summary" }) };
        var form = await h.CreateFormAsync(schema, networkWide: true);
        await SubmitAsync(h, form.Key, "Lublin");

        await h.RunWorkflowsAsync();
        await h.RunWorkflowsAsync();

        var drafts = await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVariant>().AsNoTracking()
            .Where(v => v.SiteId == h.SiteId && v.Name.Contains("Lublin")).ToListAsync());
        var draft = Assert.Single(drafts);
        Assert.Equal(("uk", ContentState.Draft), (draft.Culture, draft.State));
        Assert.Equal(WorkflowJobState.Done, Assert.Single(await JobsAsync(h)).State);
        Assert.Contains("created in site 'lviv'", Assert.Single(await LogAsync(h)).Message);
    }

    [Fact]
    public async Task Draft_content_without_a_site_gives_up_and_keeps_the_entry()
    {
        await using var h = await StartAsync();
        var schema = Schemas.Contact() with { DraftContent = new("page", null, null, "name", new Dictionary<string, string>()) };
        var form = await h.CreateFormAsync(schema, networkWide: true);
        var values = ValidContact().Where(v => v.Item1 != "__action").ToDictionary(v => v.Item1, v => new[] { v.Item2 });
        Assert.Equal(HttpStatusCode.Accepted, (await h.Client("localhost").PostAsJsonAsync($"/umbraco/forms/delivery/api/v1/entries/{form.Key}", new { values })).StatusCode);

        await h.RunWorkflowsAsync();

        var job = Assert.Single(await JobsAsync(h));
        Assert.Equal((WorkflowJobState.Failed, 1), (job.State, job.Attempts));
        Assert.Single(await h.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<FormEntry>().ToListAsync()));
    }

    private sealed record AcceptedBody(Guid EntryId, string Message);
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>POSTs the entry as JSON to the form's webhook, signed (see <see cref="WebhookSignature"/>). Any non-2xx answer is retried.</summary>
public sealed class WebhookWorkflow(IHttpClientFactory httpClients, TimeProvider clock) : IFormWorkflow
{
    public const string HttpClientName = "forms-webhook";

    public WorkflowKind Kind => WorkflowKind.Webhook;

    public bool WritesOnlyToDatabase => false;

    public async Task<WorkflowResult> RunAsync(WorkflowContext context, CancellationToken cancellationToken)
    {
        if (context.Schema.Webhook is not { } hook)
        {
            return WorkflowResult.Done("The form version has no webhook.");
        }

        var body = JsonSerializer.Serialize(
            new
            {
                entryId = context.Entry.Id,
                formKey = context.Form.Key,
                formName = context.Form.Name,
                formVersion = context.Entry.FormVersion,
                siteId = context.Entry.SiteId,
                culture = context.Entry.Culture,
                createdAt = context.Entry.CreatedAt,
                values = context.Values,
            },
            JsonColumn.Options);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(hook.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, context.Job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? WorkflowResult.Done($"{hook.Url} answered {(int)response.StatusCode}.")
                : WorkflowResult.TryAgain($"{hook.Url} answered {(int)response.StatusCode}.");
        }
        catch (HttpRequestException e)
        {
            return WorkflowResult.TryAgain($"{hook.Url}: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WorkflowResult.TryAgain($"{hook.Url} did not answer in time.");
        }
    }
}

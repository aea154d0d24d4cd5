using System.Net;

namespace SisterCities.Tests.Forms;

/// <summary>The far end of the webhook, in-process: records each request and answers with the status the test sets.</summary>
internal sealed class RecordingWebhook : HttpMessageHandler
{
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public List<(HttpRequestMessage Request, string Body)> Received { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request, body));
        }

        return new HttpResponseMessage(Answer);
    }
}

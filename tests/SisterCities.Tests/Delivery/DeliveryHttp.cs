using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace SisterCities.Tests.Delivery;

/// <summary>Small helpers for calling the API with its headers and reading JSON.</summary>
internal static class DeliveryHttp
{
    public const string Content = "/umbraco/delivery/api/v2/content";

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string? startItem = null, string? language = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (startItem is not null)
        {
            request.Headers.Add("Start-Item", startItem);
        }

        if (language is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(HttpClient client, string url, string? startItem = null, string? language = null, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(client, url, startItem, language, headers);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} → {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public static string[] Names(JsonNode list) => [.. list["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>())];
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>An HTTP client with a cookie jar that posts portal forms (urlencoded or multipart) with a real antiforgery token.</summary>
public sealed partial class PortalClient(HttpClient http)
{
    private string? _token;

    public HttpClient Http => http;

    public void ForgetToken() => _token = null;

    public async Task<string> TokenAsync()
    {
        if (_token is null)
        {
            var page = await http.GetStringAsync("/business/sign-in");
            var match = TokenField().Match(page);
            Assert.True(match.Success, "No antiforgery token on the portal sign-in page.");
            _token = WebUtility.HtmlDecode(match.Groups[1].Value);
        }

        return _token;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync();
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await http.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public async Task<HttpResponseMessage> UploadAsync(string url, string fileName, byte[] bytes, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(await TokenAsync()), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await http.PostAsync(url, content);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

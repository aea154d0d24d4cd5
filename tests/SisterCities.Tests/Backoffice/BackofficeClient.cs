using System.Net;
using System.Text.RegularExpressions;

namespace SisterCities.Tests.Backoffice;

/// <summary>An HTTP client with a cookie jar that posts backoffice forms with a real antiforgery token.</summary>
public sealed partial class BackofficeClient(HttpClient http)
{
    private string? _token;

    public HttpClient Http => http;

    public void ForgetToken() => _token = null;

    public async Task<string> TokenAsync()
    {
        if (_token is not null)
        {
            return _token;
        }

        var page = await http.GetStringAsync("/backoffice/sign-in");
        var match = TokenField().Match(page);
        if (!match.Success)
        {
            // Signed in: the sign-in page is still served; fall back to the profile page's forms.
            page = await http.GetStringAsync("/backoffice/profile");
            match = TokenField().Match(page);
        }

        Assert.True(match.Success, "No antiforgery token on the page.");
        _token = WebUtility.HtmlDecode(match.Groups[1].Value);
        return _token;
    }

    public async Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync();
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await http.PostAsync(url, new FormUrlEncodedContent(all));
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

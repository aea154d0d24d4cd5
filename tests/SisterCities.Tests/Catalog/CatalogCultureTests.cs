using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Catalog.Api;

namespace SisterCities.Tests.Catalog;

public sealed class CatalogCultureTests
{
    [Theory]
    [InlineData(null, "uk")]
    [InlineData("en", "en")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("de", "de")]
    [InlineData("en;q=0, uk;q=0.1", "uk")]
    [InlineData("en;q=0", "uk")]
    [InlineData("en;q=0.3, de;q=0.8", "de")]
    [InlineData("uk;q=0.5, en;q=0.5", "uk")]
    [InlineData("en;q=0.5, uk;q=0.5", "en")]
    [InlineData("*, en;q=0.2", "en")]
    public void Api_language_honours_quality_values(string? acceptLanguage, string expected) =>
        Assert.Equal(expected, CatalogCulture.FromRequest(Request(acceptLanguage)));

    [Theory]
    [InlineData("fr, de;q=0.9", null)]
    [InlineData("fr, uk-UA;q=0", null)]
    [InlineData("fr, uk-UA;q=0.4, en;q=0.4", "uk")]
    public void Preferred_skips_languages_the_caller_does_not_support(string acceptLanguage, string? expected) =>
        Assert.Equal(expected, CatalogCulture.Preferred(Request(acceptLanguage), l => l is "uk" or "en"));

    internal static HttpRequest Request(string? acceptLanguage, string? query = null)
    {
        var http = new DefaultHttpContext();
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        if (query is not null)
        {
            http.Request.QueryString = new QueryString(query);
        }

        return http.Request;
    }
}

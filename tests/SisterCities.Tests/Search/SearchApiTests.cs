using System.Net;
using System.Text.Json;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Search.SearchTestContent;

namespace SisterCities.Tests.Search;

public sealed class SearchApiTests : IAsyncLifetime
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public async Task InitializeAsync()
    {
        var (siteId, homeId) = await CreateSiteAsync(_app, "chernihiv", "Чернігів", "Chernihiv");
        await PublishPageAsync(_app, siteId, homeId, "Чернігівський вал", "Історичний центр Чернігова.");
        await WaitForAsync(_app, "вал", r => r.Total == 1);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Search_returns_hits_with_highlights_facets_and_paging()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/v1/search?q=Chernihiv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(10, root.GetProperty("pageSize").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("<mark>Чернігівський</mark> вал", hit.GetProperty("titleHtml").GetString());
        Assert.Equal("chernihiv", hit.GetProperty("siteKey").GetString());
        Assert.Equal("chernihiv", root.GetProperty("facets").GetProperty("site")[0].GetProperty("value").GetString());
        Assert.Equal(1, root.GetProperty("facets").GetProperty("type")[0].GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/search?q=a&page=1000000000", "page")]
    [InlineData("/api/v1/search?q=a&page=0", "page")]
    [InlineData("/api/v1/search?q=a&page=abc", "page")]
    [InlineData("/api/v1/search?q=a&page=-1", "page")]
    public async Task Out_of_range_pages_are_a_400_naming_the_parameter(string url, string parameter)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task A_ten_thousand_character_query_is_a_400()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/v1/search?q=" + new string('я', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=%20%20")]
    [InlineData("?q=title%3A(*")]
    [InlineData("?q=a%20AND%20OR")]
    [InlineData("?q=%D0%B2%D0%B0%D0%BB&site=nowhere&type=x&activity=ZZ&country=XX&culture=tlh")]
    public async Task Empty_odd_or_unmatched_queries_get_an_empty_200(string query)
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/api/v1/search" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
    }
}

using System.Net;
using System.Text.Json;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;
using static SisterCities.Tests.Catalog.CatalogVisibilityTests;

namespace SisterCities.Tests.Catalog;

public sealed class CatalogApiTests : IAsyncLifetime
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await SeedSitesAsync(_app.Services);
        var software = Ukrainian(ValidEdrpou(1), "lviv", "Test: Львівська Програмна Студія", "62");
        software.ExportMarkets = ["PL", "DE"];
        await RegisterAsync(_app.Services, software, owner: "a");
        await RegisterAsync(_app.Services, Ukrainian(ValidEdrpou(2), "kharkiv", "Test: Kharkiv Bakery", "10"), owner: "b");
        await RegisterAsync(_app.Services, Ukrainian(ValidEdrpou(3), "kharkiv", "Test: <b>Tag</b> Energy", "35", "62"), owner: "c");
        await RegisterAsync(_app.Services, Foreign("PL", "Wrocław", "Test: Polish Food Partner"), owner: "d");
        await RegisterAsync(_app.Services, Ukrainian(ValidEdrpou(4), "lviv", "Test: pending software", "62"), owner: "e", state: VerificationState.Pending);
        _client = _app.CreateClient();
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("", 4)]
    [InlineData("?activity=J", 2)] // section: programming (62) in two businesses
    [InlineData("?activity=62", 2)]
    [InlineData("?activity=c", 2)] // manufacturing, lower-case accepted: bakery (10) and the Polish food partner (10)
    [InlineData("?activity=35", 1)]
    [InlineData("?country=PL", 1)]
    [InlineData("?country=ua", 3)]
    [InlineData("?municipality=kharkiv", 2)]
    [InlineData("?municipality=lviv", 1)]
    [InlineData("?exporting=true", 2)]
    [InlineData("?exporting=false", 2)]
    [InlineData("?q=%D0%BF%D1%80%D0%BE%D0%B3%D1%80%D0%B0%D0%BC%D0%BD%D0%B0", 1)] // "програмна", lower case matches "Програмна"
    [InlineData("?q=BAKERY", 1)]
    [InlineData("?activity=62&municipality=kharkiv", 1)]
    public async Task Business_filters_narrow_the_verified_list(string query, int expected)
    {
        var page = await GetJsonAsync(_client, "/api/v1/businesses" + query);
        Assert.Equal(expected, page.GetProperty("total").GetInt32());
        Assert.Equal(expected, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Paging_returns_the_total_and_the_requested_slice_in_name_order()
    {
        var all = (await GetJsonAsync(_client, "/api/v1/businesses")).GetProperty("items").EnumerateArray().Select(Name).ToList();
        var page = await GetJsonAsync(_client, "/api/v1/businesses?skip=1&take=2");
        Assert.Equal(4, page.GetProperty("total").GetInt32());
        Assert.Equal(all.Skip(1).Take(2), page.GetProperty("items").EnumerateArray().Select(Name));
        Assert.Equal(all.OrderBy(n => n, SisterCities.Cms.Data.UkrainianOrder.Comparer), all);
    }

    [Theory]
    [InlineData("/api/v1/businesses?take=101")] // above the cap
    [InlineData("/api/v1/businesses?take=0")]
    [InlineData("/api/v1/businesses?take=abc")]
    [InlineData("/api/v1/businesses?skip=-1")]
    [InlineData("/api/v1/businesses?activity=04")]
    [InlineData("/api/v1/businesses?country=XX")]
    [InlineData("/api/v1/businesses?municipality=atlantis")]
    [InlineData("/api/v1/businesses?exporting=maybe")]
    [InlineData("/api/v1/projects?sector=62")] // a division, not a section
    [InlineData("/api/v1/projects?stage=built")]
    public async Task Bad_parameters_are_a_400_problem(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any());
    }

    [Theory]
    [InlineData("/api/v1/businesses/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/showrooms/00000000-0000-0000-0000-000000000001")]
    [InlineData("/api/v1/projects/00000000-0000-0000-0000-000000000001")]
    public async Task Unknown_ids_are_a_404_problem(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task No_contact_email_or_phone_appears_in_public_output()
    {
        var list = await _client.GetStringAsync(new Uri("/api/v1/businesses", UriKind.Relative));
        var id = JsonDocument.Parse(list).RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await _client.GetStringAsync(new Uri($"/api/v1/businesses/{id}", UriKind.Relative));
        foreach (var body in new[] { list, detail })
        {
            Assert.DoesNotContain("example.org", body, StringComparison.Ordinal);
            Assert.DoesNotContain("380", body, StringComparison.Ordinal);
            Assert.DoesNotContain("contact", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task HTML_in_a_name_is_escaped_in_the_JSON_output()
    {
        var body = await _client.GetStringAsync(new Uri("/api/v1/businesses?q=tag", UriKind.Relative));
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.Equal("Test: <b>Tag</b> Energy", Name(JsonDocument.Parse(body).RootElement.GetProperty("items")[0]));
    }

    [Fact]
    public async Task Texts_and_classification_follow_Accept_Language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/classification/kved");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var english = JsonDocument.Parse(await (await _client.SendAsync(request)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(21, english.GetArrayLength());
        Assert.Equal("Agriculture, forestry and fishing", english[0].GetProperty("name").GetString());
        var ukrainian = await GetJsonAsync(_client, "/api/v1/classification/kved");
        Assert.StartsWith("Сільське господарство", ukrainian[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("Тестовий запис", (await GetJsonAsync(_client, "/api/v1/businesses?q=bakery")).GetProperty("items")[0].GetProperty("tagline").GetString());
    }

    private static string Name(JsonElement item) => item.GetProperty("displayName").GetString()!;
}

using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Search.SearchTestContent;

namespace SisterCities.Tests.Search;

/// <summary>The theme's search page: this city by default, every city on request, links to each city's own site.</summary>
public sealed class SearchPageTests : IAsyncLifetime
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public async Task InitializeAsync()
    {
        var (chernihiv, chernihivHome) = await CreateSiteAsync(_app, "chernihiv", "Чернігів", "Chernihiv");
        var (poltava, poltavaHome) = await CreateSiteAsync(_app, "poltava", "Полтава", "Poltava");
        await PublishPageAsync(_app, chernihiv, chernihivHome, "Ремонт мосту через Десну", "Міст відкриють після ремонту.");
        await PublishPageAsync(_app, poltava, poltavaHome, "Ремонт мосту у Полтаві", "Полтавський міст закрито на ремонт.");
        await WaitForAsync(_app, "мосту", r => r.Total == 2);
    }

    public Task DisposeAsync()
    {
        _app.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_search_page_finds_this_citys_pages_by_default_and_every_citys_on_request()
    {
        using var client = _app.CreateClient();

        var here = await client.GetStringAsync("/s/chernihiv/search?q=%D0%BC%D1%96%D1%81%D1%82");
        Assert.Contains("Десну", here, StringComparison.Ordinal);
        Assert.DoesNotContain("у Полтаві", here, StringComparison.Ordinal);
        Assert.Contains("<mark>", here, StringComparison.Ordinal);

        var everywhere = await client.GetStringAsync("/s/chernihiv/search?q=%D0%BC%D1%96%D1%81%D1%82&all=1");
        Assert.Contains("Десну", everywhere, StringComparison.Ordinal);
        Assert.Contains("у Полтаві", everywhere, StringComparison.Ordinal);
        // Another city's result leads to that city's own site (on localhost: its *.localhost name), not to this one.
        Assert.Contains("href=\"http://poltava.localhost/", everywhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latin_queries_and_bad_input_get_a_page_never_an_error()
    {
        using var client = _app.CreateClient();

        var latin = await client.GetAsync("/s/chernihiv/en/search?q=Desna");
        Assert.Equal(System.Net.HttpStatusCode.OK, latin.StatusCode);
        Assert.Contains("Десну", await latin.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tooLong = await client.GetAsync("/s/chernihiv/search?q=" + new string('a', 10_000));
        Assert.Equal(System.Net.HttpStatusCode.OK, tooLong.StatusCode);
        Assert.Contains("search-problem", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var syntax = await client.GetAsync("/s/chernihiv/search?q=title%3A(*%20AND%20OR");
        Assert.Equal(System.Net.HttpStatusCode.OK, syntax.StatusCode);

        var empty = await client.GetStringAsync("/s/chernihiv/search");
        Assert.Contains("id=\"search-q\"", empty, StringComparison.Ordinal);
    }
}

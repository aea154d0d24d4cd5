using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Search;
using SisterCities.Tests.Catalog.PublicPages;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>A citizen who clicks a catalog or event hit lands on its HTML page, never on an API resource.</summary>
public sealed class SearchHitLinkTests
{
    [Fact]
    public async Task Business_and_project_hits_link_to_their_public_pages_on_the_city_site_and_the_hub()
    {
        using var app = CmsAppFactory.Sqlite();
        var data = await PublicCatalogData.SeedAsync(app);
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var search = app.Services.GetRequiredService<SearchService>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        // Every document the pages below link to must be indexed first (the indexer follows the feed in batches).
        while ((search.Search(new SearchRequest("Test", Type: "business")).Total < 3 || search.Search(new SearchRequest("Test", Type: "project")).Total < 1)
               && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        using var client = app.CreateClient();
        var lviv = await client.GetStringAsync("/s/lviv/search?q=%D0%BF%D0%B5%D0%BA%D0%B0%D1%80%D0%BD%D1%8F"); // пекарня
        var showroom = "/s/lviv" + PublicCatalogData.ShowroomPath(data.LvivBakery);
        Assert.Contains($"href=\"{showroom}\"", lviv, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/v1/", lviv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(showroom)).StatusCode);

        // The project is written in English only, so its hit leads to the English page.
        var project = "/s/lviv/en/catalog/projects/" + data.BakeryProject.ToString("D");
        var projects = await client.GetStringAsync("/s/lviv/search?q=Test");
        Assert.Contains($"href=\"{project}\"", projects, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(project)).StatusCode);

        // The Polish partner has no municipality in the network: its page is on the hub.
        var everywhere = await client.GetStringAsync("/s/lviv/en/search?q=Polish+partner&all=1");
        var hub = PublicCatalogData.ShowroomPath(data.Polish);
        Assert.Contains($"{hub}\"", everywhere, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(hub)).StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

public sealed partial class NetworkApiTests
{
    [Fact]
    public async Task Sites_are_listed_filtered_by_oblast_and_name_and_found_by_key()
    {
        using var app = CmsAppFactory.Sqlite();
        await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();

        Assert.Equal(2, (await JsonAsync(client, "/api/v1/sites"))["total"]!.GetValue<long>());
        var lvivOblast = await JsonAsync(client, "/api/v1/sites?oblast=UA46000000000026241");
        Assert.Equal("lviv", lvivOblast["items"]![0]!["key"]!.GetValue<string>());
        Assert.Equal(1, lvivOblast["total"]!.GetValue<long>());
        Assert.Equal("kharkiv", (await JsonAsync(client, "/api/v1/sites?name=kharkiv"))["items"]![0]!["key"]!.GetValue<string>());
        // Lower-case Cyrillic: SQLite's own lower() leaves "Л" as it is.
        Assert.Equal("lviv", (await JsonAsync(client, "/api/v1/sites?name=%D0%BB%D1%8C%D0%B2%D1%96%D0%B2"))["items"]![0]!["key"]!.GetValue<string>());
        Assert.Equal("lviv", (await JsonAsync(client, "/api/v1/sites?oblast=%D0%BB%D1%8C%D0%B2%D1%96%D0%B2%D1%81%D1%8C%D0%BA%D0%B0"))["items"]![0]!["key"]!.GetValue<string>());

        var lviv = await JsonAsync(client, "/api/v1/sites/lviv");
        Assert.Equal("UA46060250000025047", lviv["katottgCode"]!.GetValue<string>());
        Assert.Equal(["uk", "en"], lviv["cultures"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/sites/atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/sites?take=1000")).StatusCode);

        var types = (await JsonAsync(client, "/api/v1/content-types")).AsArray();
        Assert.Contains(types, t => t!["alias"]!.GetValue<string>() == "newsArticle");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Sites_are_listed_in_Ukrainian_alphabetical_order_not_code_point_order(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await app.WithScopeAsync(sp => RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Kyiv(), RealSites.IvanoFrankivsk(), RealSites.Lviv(), RealSites.Zhytomyr()));

        var sites = await JsonAsync(app.CreateClient(), "/api/v1/sites");
        var names = sites["items"]!.AsArray().Select(s => s!["nameUk"]!.GetValue<string>()).ToList();

        // Code-point order puts "І" (U+0406) before every capital from А to Я, so before "Ж".
        Assert.Equal(["Житомирська", "Івано-Франківська", "Київ", "Львів"], names);
    }

    [Fact]
    public async Task OpenApi_document_covers_every_public_endpoint_and_the_reference_page_is_local()
    {
        using var app = CmsAppFactory.Sqlite();
        var client = app.CreateClient();
        var document = await JsonAsync(client, "/openapi/v1.json");
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var path in new[]
        {
            "/umbraco/delivery/api/v2/content", "/umbraco/delivery/api/v2/content/item/{idOrPath}", "/umbraco/delivery/api/v2/content/items",
            "/api/v1/sites", "/api/v1/sites/{key}", "/api/v1/content-types",
        })
        {
            Assert.Contains(path, paths);
        }

        Assert.NotNull(document["components"]!["schemas"]!["DeliveryPagedResult"]);
        var fetch = document["paths"]!["/umbraco/delivery/api/v2/content"]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "fetch")!;
        Assert.Equal("children:/news", fetch["example"]!.GetValue<string>());
        Assert.Contains("descendants", fetch["description"]!.GetValue<string>(), StringComparison.Ordinal);

        var page = await client.GetStringAsync("/api/reference");
        var script = await client.GetStringAsync("/api/reference/reference.js");
        Assert.DoesNotMatch(ExternalUrl(), page);
        Assert.DoesNotMatch(ExternalUrl(), script);
        Assert.Contains("/openapi/v1.json", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_and_signed_in_ones_document_401_and_403()
    {
        using var app = CmsAppFactory.Sqlite();
        var document = await JsonAsync(app.CreateClient(), "/openapi/v1.json");
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete")
                .Select(o => (Path: path.Key, Method: o.Key, Operation: o.Value!.AsObject())))
            .ToList();

        var ids = operations.Select(o => o.Operation["operationId"]?.GetValue<string>()).ToList();
        Assert.DoesNotContain(null, ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var matches = operations.Single(o => o.Path == "/api/v1/businesses/{id}/sister-city-matches");
        Assert.Equal("getBusinessesByIdSisterCityMatches", matches.Operation["operationId"]!.GetValue<string>());

        var mediaLibrary = operations.Single(o => o.Path == "/backoffice/api/media" && o.Method == "get").Operation["responses"]!.AsObject();
        Assert.True(mediaLibrary.ContainsKey("401") && mediaLibrary.ContainsKey("403"));
        var publicSites = operations.Single(o => o.Path == "/api/v1/sites" && o.Method == "get").Operation["responses"]!.AsObject();
        Assert.False(publicSites.ContainsKey("401"));
        Assert.True(publicSites.ContainsKey("429"));
    }

    [GeneratedRegex("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();
}

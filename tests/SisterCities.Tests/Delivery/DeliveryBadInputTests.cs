using System.Net;
using System.Text.Json.Nodes;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

public sealed class DeliveryBadInputTests
{
    [Theory]
    [InlineData("?filter=colour:red", "lviv", "filter")]
    [InlineData("?filter=createDate>yesterday", "lviv", "filter")]
    [InlineData("?filter=parentId:not-a-guid", "lviv", "filter")]
    [InlineData("?filter=site:atlantis", null, "filter")]
    [InlineData("?sort=popularity:desc", "lviv", "sort")]
    [InlineData("?sort=name:sideways", "lviv", "sort")]
    [InlineData("?skip=-1", "lviv", "skip")]
    [InlineData("?take=101", "lviv", "take")]
    [InlineData("?take=ten", "lviv", "take")]
    [InlineData("?fetch=siblings:/news", "lviv", "fetch")]
    [InlineData("?fetch=children:", "lviv", "fetch")]
    [InlineData("?fetch=children:/news", null, "fetch")]
    [InlineData("?expand=properties[", "lviv", "expand")]
    [InlineData("?fields=everything", "lviv", "fields")]
    [InlineData("", "atlantis", "Start-Item")]
    [InlineData("", "00000000-0000-0000-0000-000000000001", "Start-Item")]
    [InlineData("/item/news", null, "Start-Item")]
    [InlineData("/items?id=nope", null, "id")]
    public async Task Bad_parameter_is_a_400_problem_naming_it(string query, string? startItem, string parameter)
    {
        using var app = CmsAppFactory.Sqlite();
        await DeliveryTestNetwork.SeedAsync(app);
        using var response = await GetAsync(app.CreateClient(), Content + query, startItem);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Fact]
    public async Task Missing_fetch_target_or_item_is_a_404_problem()
    {
        using var app = CmsAppFactory.Sqlite();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        foreach (var url in new[]
        {
            Content + "?fetch=children:/no-such-page",
            Content + $"?fetch=descendants:{Guid.NewGuid()}",
            Content + $"/item/{Guid.NewGuid()}",
            Content + "/item/news/no-such-article",
            Content + $"/item/{net.LvivDraft}",
        })
        {
            using var response = await GetAsync(client, url, "lviv");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Start_item_and_host_never_return_another_sites_content()
    {
        using var app = CmsAppFactory.Sqlite();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();

        // Kharkiv's article by id under Lviv's Start-Item is 404, and so is fetching below Kharkiv's news.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, Content + $"/item/{net.KharkivArticle}", "lviv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, Content + $"?fetch=children:{net.KharkivNews}", "lviv")).StatusCode);

        // A site filter naming Kharkiv under Lviv's Start-Item finds nothing rather than Kharkiv's items.
        Assert.Equal(0, (await JsonAsync(client, Content + "?filter=site:kharkiv", "lviv"))["total"]!.GetValue<long>());

        // The same path resolves per site: Start-Item, then the request host.
        var lvivNews = await JsonAsync(client, Content + "?fetch=children:/news", "lviv", "uk");
        var kharkivNews = await JsonAsync(client, Content + "?fetch=children:/news", "kharkiv", "uk");
        Assert.All(lvivNews["items"]!.AsArray(), i => Assert.Equal("lviv", i!["route"]!["startItem"]!["path"]!.GetValue<string>()));
        Assert.Equal(["Тестова новина Харкова"], Names(kharkivNews));

        client.DefaultRequestHeaders.Host = DeliveryTestNetwork.KharkivHost;
        Assert.Equal(["Тестова новина Харкова"], Names(await JsonAsync(client, Content + "?fetch=children:/news", language: "uk")));
        var all = await JsonAsync(client, Content + "?take=100");
        Assert.All(all["items"]!.AsArray(), i => Assert.Equal("kharkiv", i!["route"]!["startItem"]!["path"]!.GetValue<string>()));
    }
}

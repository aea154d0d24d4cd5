using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

public sealed class DeliveryQueryTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Fetch_filter_sort_and_paging_return_only_published_items_of_the_start_item_site(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();

        // children by path, newest first; the draft article is not there.
        var children = await JsonAsync(client, Content + "?fetch=children:/news&sort=createDate:desc", "lviv", "uk");
        Assert.Equal(3, children["total"]!.GetValue<long>());
        Assert.Equal(["Тестова новина 3", "Тестова новина 2", "Тестова новина 1"], Names(children));

        // sortOrder ascending, paged.
        var page = await JsonAsync(client, Content + "?fetch=children:/news&sort=sortOrder:asc&skip=1&take=1", "lviv", "uk");
        Assert.Equal(3, page["total"]!.GetValue<long>());
        Assert.Equal(["Тестова новина 2"], Names(page));

        // name sort descending and name filter (OR of comma values), negated name filter.
        Assert.Equal(["Тестова новина 3", "Тестова новина 1"], Names(await JsonAsync(client, Content + "?fetch=children:/news&filter=name:новина 1,новина 3&sort=name:desc", "lviv", "uk")));
        Assert.Equal(["Тестова новина 2"], Names(await JsonAsync(client, Content + "?fetch=children:/news&filter=name:!1&filter=name:!3", "lviv", "uk")));

        // date operators.
        var after = DeliveryTestNetwork.FirstArticle.ToString("yyyy-MM-ddTHH:mm:ssZ");
        Assert.Equal(2, (await JsonAsync(client, Content + $"?fetch=children:/news&filter=createDate>{after}", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(3, (await JsonAsync(client, Content + $"?fetch=children:/news&filter=createDate>:{after}", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(0, (await JsonAsync(client, Content + $"?fetch=children:/news&filter=createDate<{after}", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(1, (await JsonAsync(client, Content + $"?fetch=children:/news&filter=createDate<:{after}", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(3, (await JsonAsync(client, Content + "?fetch=children:/news&filter=updateDate>2020-01-01", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(0, (await JsonAsync(client, Content + "?fetch=children:/news&filter=updateDate<:2020-01-01", "lviv"))["total"]!.GetValue<long>());

        // descendants by id, content type filter and its negation, level sort.
        var descendants = await JsonAsync(client, Content + $"?fetch=descendants:{net.LvivHome}&sort=level:desc&sort=name:asc", "lviv", "uk");
        Assert.Equal(4, descendants["total"]!.GetValue<long>());
        Assert.Equal("Новини", Names(descendants)[^1]);
        Assert.Equal(3, (await JsonAsync(client, Content + $"?fetch=descendants:{net.LvivHome}&filter=contentType:newsArticle", "lviv"))["total"]!.GetValue<long>());
        Assert.Equal(["News"], Names(await JsonAsync(client, Content + $"?fetch=descendants:{net.LvivHome}&filter=contentType:!newsArticle", "lviv", "en")));

        // ancestors of an article, nearest level last by default ordering.
        Assert.Equal(["Львівська громада", "Новини"], Names(await JsonAsync(client, Content + $"?fetch=ancestors:{net.LvivArticles[0]}", "lviv", "uk")));

        // parentId filter without fetch, and network-wide site filter across both cities.
        Assert.Equal(3, (await JsonAsync(client, Content + $"?filter=parentId:{net.LvivNews}", "lviv"))["total"]!.GetValue<long>());
        var network = await JsonAsync(client, Content + "?filter=site:lviv,kharkiv&filter=contentType:newsArticle&take=100", language: "uk");
        Assert.Equal(4, network["total"]!.GetValue<long>());
        Assert.Equal(1, (await JsonAsync(client, Content + "?filter=site:kharkiv&filter=contentType:newsArticle"))["total"]!.GetValue<long>());
        Assert.All(network["items"]!.AsArray(), i => Assert.NotNull(i!["updateDate"]));

        // Start-Item as the root item's key scopes like the site key.
        Assert.Equal(3, (await JsonAsync(client, Content + "?fetch=children:/news", net.LvivHome.ToString()))["total"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Items_by_id_path_and_ids_have_the_umbraco_shape_in_the_requested_culture(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();

        var item = await JsonAsync(client, Content + $"/item/{net.LvivArticles[0]}", language: "en");
        Assert.Equal("Test news 1", item["name"]!.GetValue<string>());
        Assert.Equal(net.LvivArticles[0], item["id"]!.GetValue<Guid>());
        Assert.Equal("newsArticle", item["contentType"]!.GetValue<string>());
        Assert.Equal("/news/test-news-1", item["route"]!["path"]!.GetValue<string>());
        Assert.Equal("lviv", item["route"]!["startItem"]!["path"]!.GetValue<string>());
        Assert.Equal(net.LvivHome, item["route"]!["startItem"]!["id"]!.GetValue<Guid>());
        Assert.Equal("/news/testova-novyna-1", item["cultures"]!["uk"]!["path"]!.GetValue<string>());
        Assert.Equal("/news/test-news-1", item["cultures"]!["en"]!["path"]!.GetValue<string>());
        Assert.Equal("Тестовий опис 1", item["properties"]!["summary"]!.GetValue<string>());
        var markup = item["properties"]!["body"]!["markup"]!.GetValue<string>();
        Assert.Contains("<strong>для перевірки</strong>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("script", markup, StringComparison.Ordinal);
        Assert.NotNull(item["createDate"]);

        var root = await JsonAsync(client, Content + "/item/", "lviv", "uk");
        Assert.Equal("/", root["route"]!["path"]!.GetValue<string>());
        Assert.Equal("Львівська громада", root["name"]!.GetValue<string>());

        var byPath = await JsonAsync(client, Content + "/item/news/testova-novyna-2?fields=properties[summary]", "lviv", "uk");
        Assert.Equal(net.LvivArticles[1], byPath["id"]!.GetValue<Guid>());
        Assert.Equal(["summary"], byPath["properties"]!.AsObject().Select(p => p.Key).ToArray());

        var many = await JsonAsync(client, Content + $"/items?id={net.KharkivArticle}&id={net.LvivArticles[2]}&id={net.LvivDraft}", language: "uk");
        Assert.Equal([net.KharkivArticle, net.LvivArticles[2]], many.AsArray().Select(i => i!["id"]!.GetValue<Guid>()).ToArray());
    }
}

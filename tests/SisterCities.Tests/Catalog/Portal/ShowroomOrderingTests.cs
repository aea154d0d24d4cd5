using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Media;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>The business puts its showroom items and gallery pictures in order with no-JS "Move up"/"Move down" buttons.</summary>
public sealed class ShowroomOrderingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Moved_items_keep_their_order_on_the_public_page_and_in_the_api(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var (business, items) = await VerifiedShowroomAsync(bed, owner, 501, "Test: Бринза", "Test: Вурда", "Test: Гуслянка");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{business.Id}/showroom";

        // The portal lists the items with buttons named after them; the first has no "up", the last no "down".
        var page = await (await client.GetAsync(root)).Content.ReadAsStringAsync();
        Assert.Contains("Move 'Test: Вурда' up", page, StringComparison.Ordinal);
        Assert.Contains("Move 'Test: Бринза' down", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move 'Test: Бринза' up", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move 'Test: Гуслянка' down", page, StringComparison.Ordinal);

        var up = await client.PostAsync($"{root}/{items[2]}/move-up");
        Assert.Equal(HttpStatusCode.Redirect, up.StatusCode);
        Assert.Equal($"{root}#item-{items[2]:N}", up.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[2]}/move-up")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[0]}/move-down")).StatusCode);

        // Гуслянка went to the top, then Бринза moved below Вурда.
        string[] expected = ["Test: Гуслянка", "Test: Вурда", "Test: Бринза"];
        Assert.Equal([items[2], items[1], items[0]], await StoredOrderAsync(bed, business.Id));

        var api = JsonNode.Parse(await bed.App.CreateClient().GetStringAsync($"/api/v1/showrooms/{business.Id}"))!;
        Assert.Equal(expected, api["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));

        var html = await bed.App.CreateClient().GetStringAsync("/s/lviv" + CatalogPaths.Business(business.Id, business.DisplayName));
        var positions = expected.Select(name => html.IndexOf(name, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task Moving_the_first_item_up_changes_nothing_and_old_rows_with_equal_numbers_are_put_in_a_stable_order()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var (business, items) = await VerifiedShowroomAsync(bed, owner, 502, "Test: один", "Test: два", "Test: три");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{business.Id}/showroom";

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[0]}/move-up")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[2]}/move-down")).StatusCode);
        Assert.Equal(items, await StoredOrderAsync(bed, business.Id));

        // Rows from before ordering existed may share a number: they show by creation time, and the first move
        // renumbers the whole showroom 0..n-1.
        await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ShowroomItem>()
            .Where(i => i.BusinessId == business.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.SortOrder, 0)));
        Assert.Equal(items, await StoredOrderAsync(bed, business.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[1]}/move-down")).StatusCode);
        Assert.Equal([items[0], items[2], items[1]], await StoredOrderAsync(bed, business.Id));
        var numbers = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ShowroomItem>()
            .Where(i => i.BusinessId == business.Id).OrderBy(i => i.SortOrder).Select(i => i.SortOrder).ToListAsync());
        Assert.Equal([0, 1, 2], numbers);

        // A new item after a delete goes last, not onto a number already in use.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{items[0]}/delete")).StatusCode);
        var created = await client.PostAsync(root + "/new", ("Kind", "Product"), ("NameUk", "Test: чотири"), ("KvedCode", "10"));
        var newId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal([items[2], items[1], newId], await StoredOrderAsync(bed, business.Id));
    }

    [Fact]
    public async Task Moving_an_item_of_a_business_one_does_not_manage_is_404_and_changes_nothing()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var ownerA = await PortalTestData.ConfirmedUserAsync(bed, "a@firma.example");
        var ownerB = await PortalTestData.ConfirmedUserAsync(bed, "b@firma.example");
        var (a, _) = await VerifiedShowroomAsync(bed, ownerA, 503, "Test: A1", "Test: A2");
        var (b, itemsB) = await VerifiedShowroomAsync(bed, ownerB, 504, "Test: B1", "Test: B2");
        var attacker = await PortalTestData.SignInAsync(bed, "a@firma.example");

        foreach (var url in new[]
        {
            $"/business/{b.Id}/showroom/{itemsB[1]}/move-up",
            $"/business/{a.Id}/showroom/{itemsB[1]}/move-up",
            $"/business/{a.Id}/showroom/{itemsB[0]}/move-down",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await attacker.PostAsync(url)).StatusCode);
        }

        Assert.Equal(itemsB, await StoredOrderAsync(bed, b.Id));
        var numbers = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ShowroomItem>()
            .Where(i => i.BusinessId == b.Id).Select(i => new { i.Id, i.SortOrder, i.UpdatedAt }).ToListAsync());
        Assert.All(numbers, n => Assert.Equal(itemsB.IndexOf(n.Id), n.SortOrder));

        // The service refuses too when called directly with another business's item.
        var direct = await bed.WithScopeAsync(sp => sp.GetRequiredService<ShowroomEditing>().MoveAsync(TestActor.User(ownerA), itemsB[1], MoveDirection.Up, CancellationToken.None));
        Assert.Equal(SisterCities.Cms.Catalog.CatalogOutcome.Forbidden, direct.Outcome);
        Assert.Equal(itemsB, await StoredOrderAsync(bed, b.Id));
    }

    [Fact]
    public async Task Gallery_pictures_are_reordered_in_the_portal_and_the_api_follows()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var (business, _) = await VerifiedShowroomAsync(bed, owner, 505, "Test: сир");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var root = $"/business/{business.Id}/showroom";
        foreach (var (width, uk, en) in new[] { (120, "Цех", "Workshop"), (121, "Команда", "Team"), (122, "Склад", "Warehouse") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(root + "/gallery", $"{en}.png", TestImages.Png(width), ("altUk", uk), ("altEn", en))).StatusCode);
        }

        var keys = await GalleryAsync(bed, business.Id);
        Assert.Equal(3, keys.Count);
        var page = await (await client.GetAsync(root)).Content.ReadAsStringAsync();
        Assert.Contains("Move 'Склад' up", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move 'Цех' up", page, StringComparison.Ordinal);

        var moved = await client.PostAsync($"{root}/gallery/{keys[2]}/move-up");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{root}#gallery-{keys[2]:N}", moved.Headers.Location!.OriginalString);
        Assert.Equal([keys[0], keys[2], keys[1]], await GalleryAsync(bed, business.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{root}/gallery/{Guid.NewGuid()}/move-up")).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/showrooms/{business.Id}");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var api = JsonNode.Parse(await (await bed.App.CreateClient().SendAsync(request)).Content.ReadAsStringAsync())!;
        Assert.Equal(["Workshop", "Warehouse", "Team"], api["gallery"]!.AsArray().Select(g => g!["alt"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_items_images_are_reordered_and_the_api_lists_them_in_that_order()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var (business, items) = await VerifiedShowroomAsync(bed, owner, 506, "Test: бринза");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var itemUrl = $"/business/{business.Id}/showroom/{items[0]}";
        foreach (var (width, uk, en) in new[] { (130, "Головка", "Wheel"), (131, "Нарізка", "Slices") })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.UploadAsync(itemUrl + "/images", $"{en}.png", TestImages.Png(width), ("altUk", uk), ("altEn", en))).StatusCode);
        }

        var before = await ItemImagesAsync(bed, items[0]);
        var page = await (await client.GetAsync(itemUrl)).Content.ReadAsStringAsync();
        Assert.Contains("Move 'Нарізка' up", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move 'Головка' up", page, StringComparison.Ordinal);

        var moved = await client.PostAsync($"{itemUrl}/images/{before[1]}/move-up");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal($"{itemUrl}#image-{before[1]:N}", moved.Headers.Location!.OriginalString);
        Assert.Equal([before[1], before[0]], await ItemImagesAsync(bed, items[0]));
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{itemUrl}/images/{Guid.NewGuid()}/move-up")).StatusCode);

        var api = JsonNode.Parse(await bed.App.CreateClient().GetStringAsync($"/api/v1/showrooms/{business.Id}"))!;
        Assert.Equal([before[1], before[0]], api["items"]![0]!["images"]!.AsArray().Select(k => k!.GetValue<Guid>()));
    }

    /// <summary>A Lviv business of <paramref name="ownerId"/>, verified, with items named in this order.</summary>
    private static Task<(Business Business, List<Guid> Items)> VerifiedShowroomAsync(BackofficeTestBed bed, string ownerId, int seed, params string[] names) =>
        bed.WithScopeAsync(async sp =>
        {
            var actor = TestActor.User(ownerId);
            var business = (await sp.GetRequiredService<BusinessRegistration>().RegisterAsync(actor, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(seed), name: $"Test: business {seed}"), CancellationToken.None)).Value!;
            Assert.True((await sp.GetRequiredService<BusinessModeration>().VerifyAsync(TestActor.NetworkAdmin("network"), business.Id, CancellationToken.None)).Succeeded);
            var items = new List<Guid>();
            foreach (var name in names)
            {
                var item = await sp.GetRequiredService<ShowroomEditing>().CreateAsync(actor, business.Id, new ShowroomItemDraft
                {
                    KvedCode = "10",
                    Texts = new() { ["uk"] = new ShowroomItemText { Name = name } },
                }, CancellationToken.None);
                items.Add(item.Value!.Id);
            }

            return (business, items);
        });

    private static Task<List<Guid>> StoredOrderAsync(BackofficeTestBed bed, Guid businessId) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<ShowroomItem>().Where(i => i.BusinessId == businessId).InDisplayOrder().Select(i => i.Id).ToListAsync());

    private static Task<List<Guid>> GalleryAsync(BackofficeTestBed bed, Guid businessId) => bed.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<CmsDbContext>().Set<ShowroomGallery>().AsNoTracking().SingleAsync(g => g.BusinessId == businessId)).Images);

    private static Task<List<Guid>> ItemImagesAsync(BackofficeTestBed bed, Guid itemId) => bed.WithScopeAsync(async sp =>
        (await sp.GetRequiredService<CmsDbContext>().Set<ShowroomItem>().AsNoTracking().SingleAsync(i => i.Id == itemId)).Images);
}

using System.Net;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Delivery.DeliveryHttp;

namespace SisterCities.Tests.Delivery;

public sealed class DeliveryPreviewTests
{
    private const string Key = "preview-key-for-tests-0123456789";

    [Fact]
    public async Task Preview_needs_the_configured_api_key_and_shows_drafts_uncached()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:Delivery:ApiKey"] = Key });
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = app.CreateClient();
        var url = Content + "?fetch=children:/news";

        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, url, "lviv", null, ("Preview", "true"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync(client, url, "lviv", null, ("Preview", "true"), ("Api-Key", "wrong"))).StatusCode);

        using var preview = await GetAsync(client, url, "lviv", "uk", ("Preview", "true"), ("Api-Key", Key));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("no-store", preview.Headers.CacheControl?.ToString());
        Assert.Contains("Чернетка новини", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The public answer (now in the output cache) still has no draft, and preview is not served from it.
        var published = await JsonAsync(client, url, "lviv", "uk");
        Assert.DoesNotContain("Чернетка новини", Names(published));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, Content + $"/item/{net.LvivDraft}", "lviv", "uk", ("Preview", "true"), ("Api-Key", Key))).StatusCode);
        using var again = await GetAsync(client, url, "lviv", "uk", ("Preview", "true"), ("Api-Key", Key));
        Assert.Contains("Чернетка новини", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_key_preview_is_always_401()
    {
        using var app = CmsAppFactory.Sqlite();
        await DeliveryTestNetwork.SeedAsync(app);
        using var response = await GetAsync(app.CreateClient(), Content, "lviv", null, ("Preview", "true"), ("Api-Key", ""));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Delivery;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PageCache;

/// <summary>
/// The output cache for anonymous public pages: proven to serve from the cache by a write that bypasses the
/// change feed (the cached page does not show it), and evicted by the feed when content is published.
/// </summary>
public sealed class PageCacheTests
{
    private const string NewsPage = "/news";
    private const string Draft = "Чернетка новини";

    [Fact]
    public async Task Publishing_evicts_the_cached_page_through_the_change_feed()
    {
        using var app = App();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = Client(app);
        Assert.DoesNotContain(Draft, await client.GetStringAsync(NewsPage), StringComparison.Ordinal);

        await PublishBypassingTheFeedAsync(app, net.LvivDraft);
        Assert.DoesNotContain(Draft, await client.GetStringAsync(NewsPage), StringComparison.Ordinal);

        await app.WithScopeAsync(services =>
            services.GetRequiredService<ContentWriter>().PublishAsync(net.LvivDraft, "uk", ContentAuthor.System, CancellationToken.None));
        var shown = false;
        for (var attempt = 0; attempt < 100 && !shown; attempt++)
        {
            await Task.Delay(100);
            shown = (await client.GetStringAsync(NewsPage)).Contains(Draft, StringComparison.Ordinal);
        }

        Assert.True(shown, "The published article never appeared on the cached news page.");
    }

    [Fact]
    public async Task Signed_in_requests_are_neither_served_from_nor_stored_in_the_cache()
    {
        using var app = App();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var anonymous = Client(app);
        await anonymous.GetStringAsync(NewsPage);
        await PublishBypassingTheFeedAsync(app, net.LvivDraft);

        using var signedIn = new HttpRequestMessage(HttpMethod.Get, NewsPage);
        signedIn.Headers.Add("Cookie", "sc.auth=any-value");
        using var response = await anonymous.SendAsync(signedIn);
        Assert.Contains(Draft, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The anonymous entry is still the old one: the signed-in render did not replace it.
        Assert.DoesNotContain(Draft, await anonymous.GetStringAsync(NewsPage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_issues_an_antiforgery_token_is_never_served_from_the_cache()
    {
        // A page with a POST form asks IAntiforgery for tokens while it renders; this middleware does the same
        // for the news page, as a themed page with a form would.
        using var app = App().WithTestServices(services => services.AddSingleton<IStartupFilter, FormTokenOnNewsPage>());
        await DeliveryTestNetwork.SeedAsync(app);
        var first = Client(app);
        var second = Client(app);

        using var one = await first.GetAsync(NewsPage);
        using var two = await second.GetAsync(NewsPage);
        var tokenOne = one.Headers.GetValues(FormTokenOnNewsPage.Header).Single();
        var tokenTwo = two.Headers.GetValues(FormTokenOnNewsPage.Header).Single();

        // A replay from the cache would carry the first visitor's token (stored headers overwrite fresh ones).
        Assert.NotEqual(tokenOne, tokenTwo);
        Assert.True(two.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_query_string_is_part_of_the_cache_key()
    {
        using var app = App();
        var net = await DeliveryTestNetwork.SeedAsync(app);
        var client = Client(app);
        await client.GetStringAsync(NewsPage);
        await PublishBypassingTheFeedAsync(app, net.LvivDraft);

        // Another path is another entry: rendered fresh, so it shows the bypassing write.
        Assert.Contains(Draft, await client.GetStringAsync(NewsPage + "?page=1"), StringComparison.Ordinal);
        Assert.DoesNotContain(Draft, await client.GetStringAsync(NewsPage), StringComparison.Ordinal);
    }

    private static CmsAppFactory App() => CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:PageCache:Enabled"] = "true" });

    private static HttpClient Client(CmsAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{DeliveryTestNetwork.LvivHost}/"), AllowAutoRedirect = false });

    /// <summary>Publishes the Ukrainian draft with a direct UPDATE: no change-feed row, so no eviction.</summary>
    private static Task PublishBypassingTheFeedAsync(CmsAppFactory app, Guid item) =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var draft = await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == item && v.Culture == "uk");
            await db.Set<ContentVariant>().Where(v => v.Id == draft.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedVersionId, draft.DraftVersionId).SetProperty(v => v.State, ContentState.Published));
        });

    private sealed class FormTokenOnNewsPage : IStartupFilter
    {
        public const string Header = "X-Test-Form-Token";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path == NewsPage)
                {
                    var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
                    context.Response.Headers[Header] = tokens.RequestToken;
                    await nextMiddleware(context);
                    return;
                }

                await nextMiddleware(context);
            });
            next(app);
        };
    }
}

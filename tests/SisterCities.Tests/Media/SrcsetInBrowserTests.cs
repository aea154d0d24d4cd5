using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

/// <summary>
/// Upload → signed renditions → a published news article's <c>img srcset</c> on the city site in real Chromium:
/// the browser picks a candidate, the server negotiates WebP from the browser's own Accept header, the image decodes.
/// </summary>
public sealed class SrcsetInBrowserTests
{
    [Fact]
    public async Task Chromium_loads_a_srcset_candidate_as_webp()
    {
        using var root = CmsAppFactory.Sqlite();
        using var app = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddTestScheme<TestAuthHandler>(TestAuthHandler.SchemeName);
        }));
        app.UseKestrel(0);
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Test-User", "editor");
        client.DefaultRequestHeaders.Add("X-Test-Roles", MediaFolderAccess.NetworkAdminRole);
        var fields = new Dictionary<string, string> { ["altUk"] = "Площа Ринок", ["altEn"] = "Market Square" };
        var upload = await client.PostAsync(MediaLibraryEndpoints.Route, MediaTestHost.Form(TestImages.JpegWithGps(1600, 900, Color.DarkCyan), "rynok.jpg", fields: fields));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var key = (await upload.Content.ReadFromJsonAsync<MediaItemResponse>())!.Key;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 800, Height = 600 } });
        var imageTypes = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/media/", StringComparison.Ordinal))
            {
                imageTypes.Add(response.Headers.TryGetValue("content-type", out var type) ? type : "");
            }
        };
        var articlePath = await PublishArticleWithImageAsync(app, key);
        await page.GotoAsync($"http://lviv.localhost:{new Uri(address).Port}/en{articlePath}");
        await page.WaitForFunctionAsync("() => document.querySelector('img').complete");

        var naturalWidth = await page.EvaluateAsync<int>("() => document.querySelector('img').naturalWidth");
        var currentSrc = await page.EvaluateAsync<string>("() => document.querySelector('img').currentSrc");
        Assert.True(naturalWidth > 0, "the image did not decode");
        Assert.Contains("hmac=", currentSrc, StringComparison.Ordinal);
        Assert.Contains("image/webp", imageTypes);
        Assert.Equal("Market Square", await page.GetAttributeAsync("img", "alt"));
    }

    /// <summary>Lviv's home, news list and an article whose <c>image</c> is the uploaded photo, all published.</summary>
    private static Task<string> PublishArticleWithImageAsync(WebApplicationFactory<Program> app, Guid image) =>
        WithScopeAsync(app, async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var site = (await SisterCities.Tests.Partnerships.RealSites.AddAsync(db, SisterCities.Tests.Partnerships.RealSites.Lviv()))[0];
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var writer = sp.GetRequiredService<ContentWriter>();
            var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
            Dictionary<string, ContentDraft> Both(string uk, string en, JsonObject values) =>
                new() { ["uk"] = new(uk, null, (JsonObject)values.DeepClone()), ["en"] = new(en, null, (JsonObject)values.DeepClone()) };
            var home = await writer.CreateAsync(site.Id, null, types[ContentTypeAliases.Home], Both("Львів", "Lviv", []), ContentAuthor.System, default);
            var news = await writer.CreateAsync(site.Id, home.Id, types[ContentTypeAliases.NewsList], Both("Новини", "News", []), ContentAuthor.System, default);
            var values = new JsonObject { ["summary"] = "Test article with a photo.", ["body"] = "<p>Test.</p>", ["image"] = image.ToString() };
            var article = await writer.CreateAsync(site.Id, news.Id, types[ContentTypeAliases.NewsArticle], Both("Тест: фото площі Ринок", "Test: photo of Market Square", values), ContentAuthor.System, default);
            foreach (var item in new[] { home, news, article })
            {
                await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, default);
                await writer.PublishAsync(item.Key, "en", ContentAuthor.System, default);
            }

            return (await db.Set<ContentVariant>().SingleAsync(v => v.ItemKey == article.Key && v.Culture == "en")).UrlPath;
        });

    private static async Task<T> WithScopeAsync<T>(WebApplicationFactory<Program> app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

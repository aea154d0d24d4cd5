using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Media;
using SisterCities.Tests.Infrastructure;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media;

/// <summary>
/// Upload → signed renditions → an <c>img srcset</c> in real Chromium: the browser picks a candidate, the server
/// negotiates WebP from the browser's own Accept header, and the image decodes. The page is a test page (the
/// public theme pages are another feature); its markup comes from <see cref="MediaUrls"/>, as a theme's would.
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
            services.AddTransient<IStartupFilter, SrcsetPage>();
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
        await page.GotoAsync($"{address}/test-srcset/{key}");
        await page.WaitForFunctionAsync("() => document.querySelector('img').complete");

        var naturalWidth = await page.EvaluateAsync<int>("() => document.querySelector('img').naturalWidth");
        var currentSrc = await page.EvaluateAsync<string>("() => document.querySelector('img').currentSrc");
        Assert.True(naturalWidth > 0, "the image did not decode");
        Assert.Contains("hmac=", currentSrc, StringComparison.Ordinal);
        Assert.Contains("image/webp", imageTypes);
        Assert.Equal("Market Square", await page.GetAttributeAsync("img", "alt"));
    }

    private sealed class SrcsetPage : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (!context.Request.Path.StartsWithSegments("/test-srcset", out var rest) || !Guid.TryParse(rest.Value?.Trim('/'), out var key))
                {
                    await nextMiddleware();
                    return;
                }

                await using var scope = context.RequestServices.CreateAsyncScope();
                var item = (await scope.ServiceProvider.GetRequiredService<MediaLibrary>().FindAsync(key, context.RequestAborted))!;
                var urls = context.RequestServices.GetRequiredService<MediaUrls>();
                var srcset = System.Net.WebUtility.HtmlEncode(urls.SrcSet(item, [320, 640, 1280], aspect: 16.0 / 9));
                var sizes = MediaUrls.Sizes("100vw", ("(min-width: 960px)", "50vw"));
                var src = System.Net.WebUtility.HtmlEncode(MediaUrls.Preset(item, "card"));
                var alt = System.Net.WebUtility.HtmlEncode(item.AltText("en"));
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!doctype html><html lang=\"en\"><title>srcset</title><img src=\"{src}\" srcset=\"{srcset}\" sizes=\"{sizes}\" alt=\"{alt}\" width=\"640\" height=\"360\"></html>");
            });
            next(app);
        };
    }
}

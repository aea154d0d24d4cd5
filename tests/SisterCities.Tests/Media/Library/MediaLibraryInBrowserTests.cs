using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;
using SixLabors.ImageSharp;

namespace SisterCities.Tests.Media.Library;

/// <summary>
/// The whole path in Chromium without shortcuts: upload a real JPEG in the library, give it alt text, pick it for
/// a news article in the editor, publish, and read the article on Lviv's site with a working srcset; axe on every
/// library page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MediaLibraryInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    private const string Email = "editor@lviv.example";
    private const string Password = "kashtany-na-khreshchatyku";

    [Fact]
    public async Task Upload_describe_pick_and_publish_an_image_then_the_article_shows_it_through_srcset()
    {
        var article = await SeedAsync();
        var backoffice = server.Address.ToString().TrimEnd('/');
        var page = await chromium.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.Contains("/sign-in", StringComparison.Ordinal))
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        try
        {
            await page.GotoAsync(backoffice + "/backoffice/sign-in");
            await page.FillAsync("#f-Email", Email);
            await page.FillAsync("#f-Password", Password);
            await page.ClickAsync("button[type=submit] >> text=Sign in");
            await page.WaitForURLAsync(backoffice + "/backoffice");

            // The navigation leads to the library; Lviv's library is listed.
            await page.ClickAsync("nav[aria-label=Backoffice] >> text=Media");
            await page.WaitForURLAsync(backoffice + "/backoffice/media");
            await AxeAssert.NoViolationsAsync(page);
            await page.ClickAsync("a[href='/backoffice/media/sites/lviv']");
            await AxeAssert.NoViolationsAsync(page);

            // Upload a real JPEG (1600×900 with GPS in its EXIF) through the plain HTML form.
            await page.SetInputFilesAsync("#f-file", new FilePayload { Name = "ploshcha-rynok.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGps(1600, 900, Color.DarkCyan) });
            await page.FillAsync("#f-folder", "news/2026");
            await page.ClickAsync("button >> text=Upload");
            await page.WaitForURLAsync("**/backoffice/media/items/**?uploaded=1");
            await AxeAssert.NoViolationsAsync(page);

            await page.FillAsync("#f-altUk", "Площа Ринок у Львові");
            await page.FillAsync("#f-altEn", "Market Square in Lviv");
            // The optional script: a click on the image fills the focal point inputs (percent of width and height).
            var box = (await page.Locator("img[data-focal-target]").BoundingBoxAsync())!;
            await page.ClickAsync("img[data-focal-target]", new PageClickOptions { Position = new Position { X = box.Width * 0.25f, Y = box.Height * 0.5f } });
            Assert.InRange(double.Parse(await page.InputValueAsync("#f-focalLeft"), System.Globalization.CultureInfo.InvariantCulture), 24, 26);
            Assert.InRange(double.Parse(await page.InputValueAsync("#f-focalTop"), System.Globalization.CultureInfo.InvariantCulture), 49, 51);
            await page.ClickAsync("button >> text=Save alt text and focal point");
            await page.WaitForURLAsync("**?saved=1");
            Assert.Equal("Market Square in Lviv", await page.InputValueAsync("#f-altEn"));
            var described = await server.App.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<MediaItem>().AsNoTracking().SingleAsync());
            Assert.InRange(described.FocalLeft!.Value, 0.24, 0.26);
            Assert.Equal("Площа Ринок у Львові", described.AltUk);

            // Pick it for the article in the editor; the thumbnail of the choice appears in the form.
            await page.GotoAsync($"{backoffice}/backoffice/content/{article}?culture=en");
            await page.ClickAsync("button >> text=Choose from the library");
            await page.WaitForURLAsync("**/backoffice/media/pick?**");
            await AxeAssert.NoViolationsAsync(page);
            await page.ClickAsync("button[aria-label='Choose ploshcha-rynok.jpg']");
            await page.WaitForURLAsync("**saved=1**");
            Assert.Equal("ploshcha-rynok.jpg", await page.InputValueAsync("#f-values-image"));
            Assert.Contains("?preset=thumb", await page.GetAttributeAsync(".media-field img", "src") ?? "", StringComparison.Ordinal);
            await page.ClickAsync("button >> text=Publish now");
            await page.WaitForLoadStateAsync();

            // The item page now lists the article under "Used by".
            await page.GotoAsync(backoffice + "/backoffice/media/sites/lviv?name=rynok");
            await page.ClickAsync("text=ploshcha-rynok.jpg");
            Assert.Contains("Test: photo of Market Square", await page.Locator("#f-used-by").InnerTextAsync(), StringComparison.Ordinal);

            // The citizen's view: the article on Lviv's own host, its image from a signed srcset candidate.
            var path = await server.App.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVariant>()
                .Where(v => v.ItemKey == article && v.Culture == "en").Select(v => v.UrlPath).SingleAsync());
            var images = new List<(int Status, string Url)>();
            page.Response += (_, response) =>
            {
                if (response.Url.Contains("/media/", StringComparison.Ordinal))
                {
                    images.Add((response.Status, response.Url));
                }
            };
            var response = await page.GotoAsync(server.UrlFor("lviv.localhost", "/en" + path).ToString());
            Assert.Equal(200, response?.Status);
            var img = page.Locator("main img[srcset]");
            await img.ScrollIntoViewIfNeededAsync();
            await page.WaitForFunctionAsync("() => { const i = document.querySelector('main img[srcset]'); return i && i.complete && i.naturalWidth > 0; }");
            Assert.Equal("Market Square in Lviv", await img.GetAttributeAsync("alt"));
            var currentSrc = await img.EvaluateAsync<string>("i => i.currentSrc");
            Assert.Contains("hmac=", currentSrc, StringComparison.Ordinal);
            Assert.Contains(images, i => i.Status == 200 && currentSrc.EndsWith(new Uri(i.Url).PathAndQuery, StringComparison.Ordinal));
            Assert.Empty(failed);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Lviv with its home and news list published, an editor, and a draft article (uk and en) without an image.</summary>
    private Task<Guid> SeedAsync() =>
        server.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var site = (await RealSites.AddAsync(db, RealSites.Lviv()))[0];
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var accounts = sp.GetRequiredService<AccountAdministration>();
            var (created, user) = await accounts.CreateUserAsync(Email, "Олена", Password, null, CancellationToken.None);
            Assert.True(created.Succeeded);
            await accounts.GrantAsync(user.Id, site.Id, SiteRole.Editor, null, CancellationToken.None);

            var writer = sp.GetRequiredService<ContentWriter>();
            var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
            Dictionary<string, ContentDraft> Both(string uk, string en, JsonObject values) =>
                new() { ["uk"] = new(uk, null, (JsonObject)values.DeepClone()), ["en"] = new(en, null, (JsonObject)values.DeepClone()) };
            var home = await writer.CreateAsync(site.Id, null, types[ContentTypeAliases.Home], Both("Львів", "Lviv", []), ContentAuthor.System, default);
            var news = await writer.CreateAsync(site.Id, home.Id, types[ContentTypeAliases.NewsList], Both("Новини", "News", []), ContentAuthor.System, default);
            foreach (var item in new[] { home, news })
            {
                await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, default);
                await writer.PublishAsync(item.Key, "en", ContentAuthor.System, default);
            }

            var values = new JsonObject { ["summary"] = "Test article with a photo.", ["body"] = "<p>Test.</p>" };
            var article = await writer.CreateAsync(site.Id, news.Id, types[ContentTypeAliases.NewsArticle], Both("Тест: фото площі Ринок", "Test: photo of Market Square", values), ContentAuthor.System, default);
            return article.Key;
        });
}

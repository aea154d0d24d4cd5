using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>
/// Poltava (Default theme) with an article whose title tries to close a script element, and an event;
/// Lviv again with the Heritage theme and the same kind of content. Read-only for the tests.
/// </summary>
public sealed class SeoNetwork : IAsyncLifetime
{
    /// <summary>Row "UA53000000000028050;UA53080000000068029;UA53080370000025447;;;H;Полтавська".</summary>
    public static RealCity Poltava { get; } = new("poltava", "UA53080370000025447", "Полтава", "Poltava", "UA53000000000028050", "Полтавська область", "Poltava Oblast");

    public const string HostileTitle = "Сесія </script><script>alert(1)</script> ради";

    public CmsAppFactory App { get; } = CmsAppFactory.Sqlite();

    public Task InitializeAsync() => PopulateAsync(App);

    /// <summary>Adds both sites to <paramref name="app"/> (also used by the browser tests on a live server).</summary>
    public static async Task PopulateAsync(CmsAppFactory app)
    {
        var build = new TestContentBuilder(app);
        var poltava = await AddCityAsync(build, Poltava, null);
        await AddCityAsync(build, RealCity.Lviv, "Heritage");
        await AddArchiveAsync(app, build, poltava);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Client(string host) =>
        App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    /// <summary>When the archive's articles were published (UTC); the last is 1 November in Kyiv (UTC+2).</summary>
    public static IReadOnlyList<DateTimeOffset> ArchiveDates { get; } =
    [
        new(2026, 9, 3, 9, 0, 0, TimeSpan.Zero),
        new(2026, 10, 7, 12, 0, 0, TimeSpan.Zero),
        new(2026, 10, 20, 8, 0, 0, TimeSpan.Zero),
        new(2026, 10, 31, 22, 30, 0, TimeSpan.Zero),
    ];

    /// <summary>
    /// A news list whose articles were published in past months: published through ContentWriter, then the
    /// publication time is set back, as for news imported from a city's old site.
    /// </summary>
    private static async Task AddArchiveAsync(CmsAppFactory app, TestContentBuilder build, (int SiteId, ContentItem Home) city)
    {
        var list = await build.AddAsync(city.SiteId, city.Home, ContentTypeAliases.NewsList, new TestVariant("uk", "Архів", "archive"));
        for (var n = 0; n < ArchiveDates.Count; n++)
        {
            var article = await build.AddAsync(city.SiteId, list, ContentTypeAliases.NewsArticle,
                new TestVariant("uk", $"Архівна новина {n + 1}", $"item-{n + 1}", TestContentBuilder.Article($"Підсумок {n + 1}.", "<p>Текст.</p>")));
            var published = ArchiveDates[n];
            await app.WithScopeAsync(async services =>
            {
                var db = services.GetRequiredService<CmsDbContext>();
                var variant = await db.Set<ContentVariant>().SingleAsync(v => v.ItemId == article.Id);
                variant.PublishedAt = published;
                await db.SaveChangesAsync();
            });
        }
    }

    private static async Task<(int SiteId, ContentItem Home)> AddCityAsync(TestContentBuilder build, RealCity city, string? theme)
    {
        var site = await build.AddSiteAsync(city, s =>
        {
            if (theme is not null)
            {
                s.Theme = theme;
            }
        });
        var home = await build.AddAsync(site, null, ContentTypeAliases.Home,
        [
            new("uk", city.NameUk, Values: new JsonObject { ["intro"] = $"Офіційний сайт громади: {city.NameUk}." }),
            new("en", city.NameEn, Values: new JsonObject { ["intro"] = $"Official website of {city.NameEn}." }),
        ]);
        var news = await build.AddAsync(site, home, ContentTypeAliases.NewsList, [new("uk", "Новини", "news"), new("en", "News", "news")]);
        await build.AddAsync(site, news, ContentTypeAliases.NewsArticle,
        [
            new("uk", HostileTitle, "session", TestContentBuilder.Article("Порядок денний сесії.", "<p>Засідання о 10:00.</p>")),
            new("en", "Council session", "session", TestContentBuilder.Article("The session agenda.", "<p>Meeting at 10:00.</p>")),
        ]);
        await build.AddAsync(site, home, ContentTypeAliases.Event,
            new TestVariant("uk", "День міста", "city-day", new JsonObject
            {
                ["summary"] = "Святкування на центральній площі.",
                ["startsAt"] = "2026-09-12T10:00:00Z",
                ["endsAt"] = "2026-09-12T20:00:00Z",
                ["venue"] = "Центральна площа",
            }));
        return (site, home);
    }
}

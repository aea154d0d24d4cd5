using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using SisterCities.Cms.Content;
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
        await AddCityAsync(build, Poltava, null);
        await AddCityAsync(build, RealCity.Lviv, "Heritage");
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Client(string host) =>
        App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    private static async Task AddCityAsync(TestContentBuilder build, RealCity city, string? theme)
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
    }
}

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using SisterCities.Cms.Content;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary>
/// Lviv and Kharkiv on one SQLite app, with published, draft and unpublished content. Built once per test
/// class and only read by the tests (no test changes it).
/// </summary>
public sealed class TwoCityNetwork : IAsyncLifetime
{
    public const int ArchiveArticles = 12;

    public CmsAppFactory App { get; } = CmsAppFactory.Sqlite();

    public async Task InitializeAsync()
    {
        var build = new TestContentBuilder(App);
        await AddLvivAsync(build);
        await AddKharkivAsync(build);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Client(string host) =>
        App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{host}/"), AllowAutoRedirect = false });

    private static async Task AddLvivAsync(TestContentBuilder build)
    {
        var lviv = await build.AddSiteAsync(RealCity.Lviv);
        var home = await build.AddAsync(lviv, null, ContentTypeAliases.Home,
        [
            new("uk", "Львів", Values: new JsonObject { ["intro"] = "Офіційний сайт Львівської міської територіальної громади." }),
            new("en", "Lviv", Values: new JsonObject { ["intro"] = "Official website of the Lviv city community." }),
        ]);
        var news = await build.AddAsync(lviv, home, ContentTypeAliases.NewsList, [new("uk", "Новини", "news"), new("en", "News", "news")]);
        await build.AddAsync(lviv, news, ContentTypeAliases.NewsArticle,
        [
            new("uk", "Ярмарок ремесел на площі Ринок", "craft-fair",
                TestContentBuilder.Article("Майстри з усієї області.", "<p>Ярмарок триває <strong>три дні</strong>.</p>", true, "ярмарок", "ремесла")),
            new("en", "Craft fair on Rynok Square", "craft-fair",
                TestContentBuilder.Article("Craftspeople from the whole oblast.", "<p>The fair lasts <strong>three days</strong>.</p>", true, "fair")),
        ]);
        await build.AddAsync(lviv, news, ContentTypeAliases.NewsArticle,
            new TestVariant("uk", "Оновлено розклад трамваїв", "tram-timetable", TestContentBuilder.Article("Нові інтервали руху.", "<p>Деталі.</p>", false)));
        await build.AddAsync(lviv, news, ContentTypeAliases.NewsArticle,
            new TestVariant("uk", "Чернетка новини про бюджет", "budget-draft", TestContentBuilder.Article("Ще не готово.", "<p>Чернетка.</p>")), publish: false);
        var withdrawn = await build.AddAsync(lviv, news, ContentTypeAliases.NewsArticle,
            new TestVariant("uk", "Знята з публікації новина", "withdrawn", TestContentBuilder.Article("Більше не актуально.", "<p>Знято.</p>")));
        await build.UnpublishAsync(withdrawn, "uk");
        await build.AddAsync(lviv, home, ContentTypeAliases.Service,
        [
            new("uk", "Довідка про склад сім'ї", "family-certificate", new JsonObject
            {
                ["summary"] = "Довідка для субсидії чи пільг.",
                ["howToApply"] = "<p>Зверніться до ЦНАП з паспортом.</p>",
                ["onlineUrl"] = "https://diia.gov.ua/",
            }),
        ]);
        await build.AddAsync(lviv, home, ContentTypeAliases.Page,
            new TestVariant("uk", "Про громаду", "about", new JsonObject { ["summary"] = "Історія та сьогодення.", ["body"] = "<p>Місто засноване в XIII столітті.</p>" }));
        var archive = await build.AddAsync(lviv, home, ContentTypeAliases.NewsList, new TestVariant("uk", "Архів", "archive"));
        for (var n = 1; n <= ArchiveArticles; n++)
        {
            await build.AddAsync(lviv, archive, ContentTypeAliases.NewsArticle,
                new TestVariant("uk", $"Архівна новина {n:00}", $"item-{n:00}", TestContentBuilder.Article($"Підсумок {n}.", "<p>Текст.</p>")));
        }
    }

    private static async Task AddKharkivAsync(TestContentBuilder build)
    {
        var kharkiv = await build.AddSiteAsync(RealCity.Kharkiv);
        var home = await build.AddAsync(kharkiv, null, ContentTypeAliases.Home, [new("uk", "Харків"), new("en", "Kharkiv")]);
        var news = await build.AddAsync(kharkiv, home, ContentTypeAliases.NewsList, [new("uk", "Новини", "news"), new("en", "News", "news")]);
        await build.AddAsync(kharkiv, news, ContentTypeAliases.NewsArticle,
            new TestVariant("uk", "Відновлення школи на Салтівці", "saltivka-school", TestContentBuilder.Article("Триває ремонт.", "<p>Роботи до весни.</p>")));
    }
}

using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

public sealed class SiteThemeCommandTests
{
    [Fact]
    public async Task Switching_a_site_to_heritage_changes_its_layout_and_nothing_else()
    {
        using var app = CmsAppFactory.Sqlite();
        var build = new TestContentBuilder(app);
        var site = await build.AddSiteAsync(RealCity.Kharkiv);
        await build.AddAsync(site, null, Cms.Content.ContentTypeAliases.Home, new TestVariant("uk", "Харків"));
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://kharkiv.localhost/") });
        var before = await Html.ReadAsync(await client.GetAsync("/"));

        var (code, report) = await RunAsync(app, "kharkiv", "heritage");
        var after = await Html.ReadAsync(await client.GetAsync("/"));

        Assert.Equal(0, code);
        Assert.Contains("kharkiv now uses Heritage (was Default)", report, StringComparison.Ordinal);
        Assert.Contains("SisterCities.Themes.Default/site.css", before.Attr("link[rel=stylesheet]", "href"), StringComparison.Ordinal);
        Assert.Contains("SisterCities.Themes.Heritage/heritage.css", after.Attr("link[rel=stylesheet]", "href"), StringComparison.Ordinal);
        Assert.Equal(before.QuerySelector("main")!.TextContent.Trim(), after.QuerySelector("main")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("kharkiv", "Baroque", 1)]
    [InlineData("atlantis", "Heritage", 1)]
    public async Task Unknown_theme_or_site_is_refused(string key, string theme, int expected)
    {
        using var app = CmsAppFactory.Sqlite();
        await new TestContentBuilder(app).AddSiteAsync(RealCity.Kharkiv);

        var (code, report) = await RunAsync(app, key, theme);

        Assert.Equal(expected, code);
        Assert.StartsWith("sites theme: no ", report, StringComparison.Ordinal);
    }

    private static Task<(int Code, string Report)> RunAsync(CmsAppFactory app, params string[] arguments) =>
        app.WithScopeAsync(async services =>
        {
            var command = services.GetServices<ICliCommand>().Single(c => c.Name == "sites theme");
            using var output = new StringWriter();
            var code = await command.RunAsync(arguments, output, CancellationToken.None);
            return (code, output.ToString());
        });
}

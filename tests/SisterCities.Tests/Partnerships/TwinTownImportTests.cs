using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Import;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class TwinTownImportTests
{
    private static readonly string RealFile = Path.Combine(RepoPaths.OpenData, "twin-towns.csv");

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_the_real_file_twice_adds_the_pairs_once(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var (first, second, count) = await app.WithScopeAsync(async sp =>
        {
            await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv(), RealSites.Odesa(), RealSites.Kyiv());
            var rows = await ReadAsync(File.ReadAllText(RealFile));
            var first = await sp.GetRequiredService<TwinTownImport>().ImportAsync(rows, default);
            var second = await sp.GetRequiredService<TwinTownImport>().ImportAsync(rows, default);
            var count = await sp.GetRequiredService<CmsDbContext>().Set<Partnership>().CountAsync();
            return (first, second, count);
        });

        var pairs = File.ReadAllLines(RealFile).Skip(1).Count(l => l.Length > 0);
        var cities = File.ReadAllLines(RealFile).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0]).Distinct().Count();
        Assert.Empty(first.Problems);
        Assert.Equal(pairs, first.Added);
        Assert.Equal(pairs, count);
        // Lviv, Odesa and Kyiv were sites already; every other twinned city came from the codifier.
        Assert.Equal(cities - 3, first.SitesCreated);
        Assert.Equal(0, second.Added);
        Assert.Equal(0, second.SitesCreated);
        Assert.Equal(pairs, second.Unchanged);
    }

    [Fact]
    public async Task The_demo_network_ships_with_every_pair_of_the_file()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Cms:SeedDemoNetwork"] = "true" });
        var stored = await app.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Partnership>().CountAsync());
        Assert.Equal(File.ReadAllLines(RealFile).Skip(1).Count(l => l.Length > 0), stored);
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_line_and_good_rows_are_kept()
    {
        using var app = CmsAppFactory.Sqlite();
        var text = TwinTownFile.Header + "\n" +
                   "Львів,Lviv,Lviv Oblast,Wrocław,PL,1993,https://example.org/a\n" +
                   "Львів,Lviv,Lviv Oblast,Atlantis,XX,,https://example.org/b\n" +
                   "Львів,Lviv,Lviv Oblast,Kraków,PL,nineteen,https://example.org/c\n" +
                   "Нетакемісто,Netakemisto,Lviv Oblast,Rzeszów,PL,,https://example.org/d\n" +
                   "Львів,Lviv\n";
        var (problems, report, stored) = await app.WithScopeAsync(async sp =>
        {
            await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv());
            var (rows, problems) = await TwinTownFile.ReadAsync(new StringReader(text), default);
            var report = await sp.GetRequiredService<TwinTownImport>().ImportAsync(rows, default);
            var stored = await sp.GetRequiredService<CmsDbContext>().Set<Partnership>().Include(p => p.PartnerCity).Select(p => p.PartnerCity!.NameEn).ToListAsync();
            return (problems, report, stored);
        });

        Assert.Equal(["Wrocław"], stored);
        Assert.Contains(problems, p => p.StartsWith("line 4:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("line 6:", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith("line 3:", StringComparison.Ordinal) && p.Contains("XX", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.StartsWith("line 5:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_public_api_lists_a_citys_partners_and_rejects_unknown_filters()
    {
        using var app = CmsAppFactory.Sqlite();
        await app.WithScopeAsync(async sp =>
        {
            await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv(), RealSites.Odesa());
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            await sp.GetRequiredService<TwinTownImport>().ImportAsync(await ReadAsync(File.ReadAllText(RealFile)), default);
        });
        var client = app.CreateClient();

        var polish = await client.GetFromJsonAsync<JsonElement>("/api/v1/partnerships?site=lviv&country=PL&take=100");
        var names = polish.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("partner").GetProperty("city").GetProperty("nameEn").GetString()).ToList();
        Assert.Contains("Wrocław", names);
        Assert.All(polish.GetProperty("items").EnumerateArray(), i => Assert.Equal("lviv", i.GetProperty("site").GetProperty("key").GetString()));
        Assert.Equal(names.Count, polish.GetProperty("total").GetInt32());

        var badCountry = await client.GetAsync("/api/v1/partnerships?country=Poland");
        Assert.Equal(HttpStatusCode.BadRequest, badCountry.StatusCode);
        Assert.Equal("application/problem+json", badCountry.Content.Headers.ContentType?.MediaType);
        Assert.Contains("country", await badCountry.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/partnerships?site=atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/partner-cities?take=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/partnerships/{Guid.NewGuid()}")).StatusCode);
    }

    private static async Task<List<TwinTownRow>> ReadAsync(string text)
    {
        var (rows, problems) = await TwinTownFile.ReadAsync(new StringReader(text), default);
        Assert.Empty(problems);
        return rows;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Import;
using SisterCities.Cms.Partnerships.Matchmaking;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class MatchmakingTests : IDisposable
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Cities_sharing_a_real_partner_abroad_are_suggested_with_the_reason_in_words()
    {
        var suggestions = await SeedAndSuggestAsync();

        // From twin-towns.csv: Lublin partners with Lviv, Kharkiv and Lutsk.
        var kharkiv = Assert.Single(suggestions, s => s.Key == "kharkiv");
        Assert.Contains(kharkiv.Reasons, r => r.En == "Lublin is a partner of both Lviv and Kharkiv");
        Assert.Contains(kharkiv.Reasons, r => r.Uk == "Lublin — партнер і Львів, і Харків");
        Assert.Contains(suggestions, s => s.Key == "lutsk");
        Assert.DoesNotContain(suggestions, s => s.Key == "lviv");
    }

    [Fact]
    public async Task Partners_of_peers_are_suggested_but_existing_partners_are_not()
    {
        var suggestions = await SeedAndSuggestAsync();
        var cities = suggestions.Where(s => s.Kind == "partnerCity").Select(s => s.NameEn).ToList();

        Assert.NotEmpty(cities);
        Assert.DoesNotContain("Lublin", cities);
        Assert.DoesNotContain("Wrocław", cities);
        Assert.All(suggestions.Where(s => s.Kind == "partnerCity"), s => Assert.Contains(s.Reasons, r => r.En.Contains("which shares ties with Lviv", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_data_always_gives_the_same_order()
    {
        var first = await SeedAndSuggestAsync();
        var again = await _app.WithScopeAsync(async sp =>
            await sp.GetRequiredService<MunicipalityMatchmaker>().SuggestAsync(1, 20, default));
        Assert.Equal(first.Select(s => s.Key), again.Select(s => s.Key));

        var api = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/sites/lviv/partner-suggestions");
        Assert.Equal(first.Select(s => s.Key), api.EnumerateArray().Select(e => e.GetProperty("key").GetString()));
    }

    private Task<IReadOnlyList<Suggestion>> SeedAndSuggestAsync() =>
        _app.WithScopeAsync(async sp =>
        {
            var sites = await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv(), RealSites.Kharkiv(), RealSites.Lutsk());
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var (rows, _) = await TwinTownFile.ReadAsync(new StringReader(File.ReadAllText(Path.Combine(RepoPaths.OpenData, "twin-towns.csv"))), default);
            await sp.GetRequiredService<TwinTownImport>().ImportAsync(rows, default);
            return await sp.GetRequiredService<MunicipalityMatchmaker>().SuggestAsync(sites[0].Id, 20, default);
        });
}

public sealed class SectorMatchmakingTests : IDisposable
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Verified_businesses_in_the_same_sector_make_two_cities_a_match_and_pending_ones_do_not()
    {
        var sites = await CatalogTestData.SeedSitesAsync(_app.Services);
        await CatalogTestData.RegisterAsync(_app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(11), "lviv", "Test: Lviv food plant", "10"));
        await CatalogTestData.RegisterAsync(_app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(12), "kharkiv", "Test: Kharkiv food plant", "10"));
        await CatalogTestData.RegisterAsync(
            _app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(13), "kharkiv", "Test: Kharkiv machine works", "28"), "owner-2", SisterCities.Cms.Catalog.Businesses.VerificationState.Pending);
        await CatalogTestData.RegisterAsync(_app.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(14), "lviv", "Test: Lviv machine works", "28"), "owner-3");

        var suggestions = await _app.WithScopeAsync(sp => sp.GetRequiredService<MunicipalityMatchmaker>().SuggestAsync(sites.Lviv, 20, default));

        var kharkiv = Assert.Single(suggestions);
        Assert.Equal("kharkiv", kharkiv.Key);
        var reason = Assert.Single(kharkiv.Reasons);
        Assert.Equal("both list manufacture of food products (10)", reason.En);
        Assert.StartsWith("в обох є «", reason.Uk, StringComparison.Ordinal);
    }
}

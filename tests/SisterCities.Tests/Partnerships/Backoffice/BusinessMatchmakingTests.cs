using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Matchmaking;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>
/// "Businesses in your sister cities" on Lviv's real tie with Winnipeg (1973). The businesses are test records
/// ("Test: …"); their KVED divisions are real codes of the shipped classification.
/// </summary>
public sealed class BusinessMatchmakingTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_Lviv_food_maker_is_matched_with_Winnipeg_and_Kyiv_businesses_of_related_activities_with_the_reasons_in_words(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        var ids = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var peer = await sp.GetRequiredService<PartnershipWriter>().CreateAsync(
                new PartnershipDraft { SiteId = bed.KyivId, PartnerSiteId = bed.LvivId, Status = PartnershipStatus.Active, StartedOn = new DateOnly(2022, 3, 1) }, default);
            Assert.True(peer.Succeeded);
            var me = Add(db, "Test: Lviv bakery", "UA", bed.LvivId, null, VerificationState.Verified, 1, "10");
            var farm = Add(db, "Test: Winnipeg grain farm", "CA", null, "Winnipeg", VerificationState.Verified, 2, "01");
            var dairy = Add(db, "Test: Winnipeg dairy", "CA", null, "winnipeg", VerificationState.Verified, 3, "10", "01");
            var kyivFood = Add(db, "Test: Kyiv food wholesaler", "UA", bed.KyivId, null, VerificationState.Verified, 4, "46");
            Add(db, "Test: Winnipeg software house", "CA", null, "Winnipeg", VerificationState.Verified, 5, "62");
            Add(db, "Test: Winnipeg cannery (pending)", "CA", null, "Winnipeg", VerificationState.Pending, 6, "10");
            Add(db, "Test: Toronto food plant", "CA", null, "Toronto", VerificationState.Verified, 7, "10");
            Add(db, "Test: Tbilisi bakery", "GE", null, "Tbilisi", VerificationState.Verified, 8, "10");
            await db.SaveChangesAsync();
            return (me, farm, dairy, kyivFood);
        });

        var matches = await bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessMatchmaker>().MatchAsync(ids.me, 20, default));
        Assert.NotNull(matches);
        Assert.Equal([ids.dairy, ids.kyivFood, ids.farm], matches.Select(m => m.BusinessId));
        var dairy = matches[0];
        Assert.Equal(3 + 2, dairy.Score);
        Assert.Equal(
            [
                "both list Manufacture of food products (10)",
                "Crop and animal production, hunting and related service activities (01) supplies Manufacture of food products (10)",
                "Winnipeg is Lviv hromada's partner since 1973",
            ],
            dairy.Reasons.Select(r => r.En));
        Assert.Equal("Вінніпег і Львівська громада — партнери з 1973 року", dairy.Reasons[^1].Uk);
        Assert.Equal(2, matches[1].Score);
        Assert.Equal(
            ["Manufacture of food products (10) supplies Wholesale trade, except of motor vehicles and motorcycles (46)", "Kyiv is Lviv hromada's partner since 2022"],
            matches[1].Reasons.Select(r => r.En));

        // The same data always gives the same answer, and the API serves it.
        var again = await bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessMatchmaker>().MatchAsync(ids.me, 20, default));
        Assert.Equal(JsonSerializer.Serialize(matches), JsonSerializer.Serialize(again));
        var api = bed.App.CreateClient();
        var json = await api.GetFromJsonAsync<JsonElement>($"/api/v1/businesses/{ids.me}/sister-city-matches");
        Assert.Equal(ids.dairy, json[0].GetProperty("businessId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/businesses/{Guid.NewGuid()}/sister-city-matches")).StatusCode);
        var openApi = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operation = openApi.GetProperty("paths").GetProperty("/api/v1/businesses/{id}/sister-city-matches").GetProperty("get");
        Assert.Contains("sister cities", operation.GetProperty("summary").GetString(), StringComparison.Ordinal);

        // Seen from Winnipeg, the Lviv bakery is a match in its sister city.
        var fromWinnipeg = await bed.WithScopeAsync(sp => sp.GetRequiredService<BusinessMatchmaker>().MatchAsync(ids.farm, 20, default));
        var bakery = Assert.Single(fromWinnipeg!);
        Assert.Equal(ids.me, bakery.BusinessId);
        Assert.Equal("Lviv hromada is Winnipeg's partner since 1973", bakery.Reasons[^1].En);
    }

    private static Guid Add(CmsDbContext db, string name, string country, int? siteId, string? city, VerificationState state, int seed, params string[] divisions)
    {
        var id = Guid.NewGuid();
        db.Add(new Business
        {
            Id = id,
            LegalName = name,
            DisplayName = name,
            CountryCode = country,
            Edrpou = country == "UA" ? CatalogTestData.ValidEdrpou(seed) : null,
            ForeignRegistrationNumber = country == "UA" ? null : $"TEST-{seed}",
            SiteId = siteId,
            ForeignCity = city,
            State = state,
            CreatedBy = "test",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            Activities = divisions.Select((d, i) => new BusinessActivity { BusinessId = id, Division = d, Section = d is "01" ? "A" : d is "46" ? "G" : d is "62" ? "J" : "C", IsPrimary = i == 0 }).ToList(),
        });
        return id;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog;

public sealed class BusinessRegistrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Registration_creates_a_pending_business_owned_by_the_registering_account(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await SeedSitesAsync(app.Services);
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<BusinessRegistration>()
                .RegisterAsync(TestActor.User("user-42"), Ukrainian("14360570", kved: ["62", "63", "62"]), CancellationToken.None);

            Assert.True(result.Succeeded);
            var db = services.GetRequiredService<CmsDbContext>();
            var stored = await db.Set<Business>().AsNoTracking().Include(b => b.Managers).Include(b => b.Activities).SingleAsync();
            Assert.Equal(VerificationState.Pending, stored.State);
            Assert.Equal(sites.Lviv, stored.SiteId);
            Assert.Equal(("user-42", BusinessManagerRole.Owner), (stored.Managers.Single().UserId, stored.Managers.Single().Role));
            Assert.Equal(["62", "63"], stored.Activities.OrderBy(a => a.Division).Select(a => a.Division));
            Assert.All(stored.Activities, a => Assert.Equal("J", a.Section));
            Assert.True(stored.Activities.Single(a => a.Division == "62").IsPrimary);
            Assert.Contains(await db.ChangeFeed.ToListAsync(), f => f.Entity == "business" && f.EntityId == stored.Id.ToString() && f.SiteId == sites.Lviv);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_second_registration_of_the_same_EDRPOU_is_a_conflict(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await SeedSitesAsync(app.Services);
        await RegisterAsync(app.Services, Ukrainian("20077720"), owner: "first", state: VerificationState.Pending);
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<BusinessRegistration>()
                .RegisterAsync(TestActor.User("second"), Ukrainian("20077720", siteKey: "kharkiv", name: "Test: someone else"), CancellationToken.None);

            Assert.Equal(CatalogOutcome.Conflict, result.Outcome);
            Assert.Contains("edrpou", result.Errors.Keys);
            Assert.Equal(1, await services.GetRequiredService<CmsDbContext>().Set<Business>().CountAsync());
        });
    }

    [Theory]
    [InlineData("20077721")] // wrong control digit
    [InlineData("2007772")]
    [InlineData(null)]
    public async Task A_Ukrainian_business_needs_a_valid_EDRPOU(string? edrpou)
    {
        var result = await RegisterOnceAsync(Ukrainian(edrpou!));
        Assert.Equal(CatalogOutcome.Invalid, result.Outcome);
        Assert.Contains("edrpou", result.Errors.Keys);
    }

    [Theory]
    [InlineData("04")]
    [InlineData("J")] // a section is too broad for a business
    [InlineData("62.01")]
    public async Task Unknown_KVED_codes_are_refused(string code)
    {
        var result = await RegisterOnceAsync(Ukrainian("14360570", kved: [code]));
        Assert.Equal(CatalogOutcome.Invalid, result.Outcome);
        Assert.Contains("kvedCodes", result.Errors.Keys);
    }

    [Fact]
    public async Task At_least_one_KVED_code_is_required()
    {
        var request = Ukrainian("14360570");
        request.KvedCodes = [];
        var result = await RegisterOnceAsync(request);
        Assert.Contains("kvedCodes", result.Errors.Keys);
    }

    [Fact]
    public async Task HTML_in_a_name_is_kept_as_literal_text()
    {
        var name = "Test: <script>alert(1)</script> & Co";
        var result = await RegisterOnceAsync(Ukrainian("14360570", name: name));
        Assert.True(result.Succeeded);
        Assert.Equal(name, result.Value!.LegalName);
    }

    [Fact]
    public async Task A_five_megabyte_description_is_refused()
    {
        var request = Ukrainian("14360570");
        request.Texts["en"].Description = new string('x', 5 * 1024 * 1024);
        var result = await RegisterOnceAsync(request);
        Assert.Equal(CatalogOutcome.Invalid, result.Outcome);
        Assert.Contains("texts.en.description", result.Errors.Keys);
    }

    [Fact]
    public async Task A_name_over_200_characters_is_refused()
    {
        var result = await RegisterOnceAsync(Ukrainian("14360570", name: "Test: " + new string('я', 200)));
        Assert.Contains("legalName", result.Errors.Keys);
    }

    [Fact]
    public async Task A_foreign_business_needs_a_registration_number_and_city_but_no_EDRPOU()
    {
        var ok = await RegisterOnceAsync(Foreign());
        Assert.True(ok.Succeeded);
        Assert.Null(ok.Value!.SiteId);
        Assert.Equal(["UA", "DE"], ok.Value.ExportMarkets);

        var missing = Foreign();
        missing.ForeignRegistrationNumber = null;
        missing.ForeignCity = " ";
        var refused = await RegisterOnceAsync(missing);
        Assert.Contains("foreignRegistrationNumber", refused.Errors.Keys);
        Assert.Contains("foreignCity", refused.Errors.Keys);
    }

    [Theory]
    [InlineData("XX", "countryCode")]
    [InlineData("UK", "countryCode")]
    public async Task Countries_must_be_ISO_3166_codes(string country, string field)
    {
        var result = await RegisterOnceAsync(Foreign(country: country));
        Assert.Contains(field, result.Errors.Keys);
    }

    [Fact]
    public async Task Export_markets_must_be_ISO_3166_codes()
    {
        var request = Foreign();
        request.ExportMarkets = ["DE", "Germany"];
        var result = await RegisterOnceAsync(request);
        Assert.Contains("exportMarkets", result.Errors.Keys);
    }

    [Fact]
    public async Task A_Ukrainian_business_must_be_in_a_municipality_of_the_network()
    {
        var result = await RegisterOnceAsync(Ukrainian("14360570", siteKey: "atlantis"));
        Assert.Contains("siteKey", result.Errors.Keys);
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_and_nothing_is_stored()
    {
        var request = Ukrainian("14360570");
        request.Honeypot = "http://spam.example";
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        await app.WithScopeAsync(async services =>
        {
            var result = await services.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User("bot"), request, CancellationToken.None);
            Assert.Equal(CatalogOutcome.Invalid, result.Outcome);
            Assert.False(await services.GetRequiredService<CmsDbContext>().Set<Business>().AnyAsync());
        });
    }

    [Fact]
    public async Task One_account_may_register_a_limited_number_of_businesses_per_day()
    {
        using var app = CmsAppFactory.Sqlite(new Dictionary<string, string?> { ["Catalog:RegistrationsPerUserPerDay"] = "2" });
        await SeedSitesAsync(app.Services);
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1)), owner: "busy", state: VerificationState.Pending);
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2)), owner: "busy", state: VerificationState.Pending);
        await app.WithScopeAsync(async services =>
        {
            var registration = services.GetRequiredService<BusinessRegistration>();
            var third = await registration.RegisterAsync(TestActor.User("busy"), Ukrainian(ValidEdrpou(3)), CancellationToken.None);
            Assert.Equal(CatalogOutcome.TooManyRequests, third.Outcome);
            var other = await registration.RegisterAsync(TestActor.User("someone-else"), Ukrainian(ValidEdrpou(3)), CancellationToken.None);
            Assert.True(other.Succeeded);
        });
    }

    private static async Task<CatalogResult<Business>> RegisterOnceAsync(BusinessRegistrationRequest request)
    {
        using var app = CmsAppFactory.Sqlite();
        await SeedSitesAsync(app.Services);
        return await app.WithScopeAsync(services =>
            services.GetRequiredService<BusinessRegistration>().RegisterAsync(TestActor.User("user-1"), request, CancellationToken.None));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed class RegistrationFormTests
{
    private static (string, string)[] Fields(string edrpou, string legalName = "Test: ТОВ Портал", string description = "Тестовий запис, не справжня компанія.") =>
    [
        ("LegalName", legalName), ("CountryCode", "UA"), ("Edrpou", edrpou), ("SiteKey", "lviv"), ("ContactEmail", "office@firma.example"),
        ("SizeBand", "Small"), ("KvedCodes", "62, 58"), ("DescriptionUk", description), ("ExportMarkets", "PL, DE"), ("Certifications", "ISO 9001:2015"),
    ];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Registered_business_is_pending_and_managed_by_its_registrant(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var userId = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var response = await client.PostAsync("/business/register", Fields(CatalogTestData.ValidEdrpou(101)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await (await client.GetAsync(response.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("<strong>Pending</strong>", overview, StringComparison.Ordinal);

        var stored = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().Include(b => b.Managers).Include(b => b.Activities).SingleAsync());
        Assert.Equal(VerificationState.Pending, stored.State);
        Assert.Equal(userId, Assert.Single(stored.Managers).UserId);
        Assert.Equal(["58", "62"], stored.Activities.Select(a => a.Division).Order());
        Assert.Equal(["PL", "DE"], stored.ExportMarkets);
    }

    [Fact]
    public async Task Bad_edrpou_is_shown_next_to_its_field_and_nothing_is_stored()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var valid = CatalogTestData.ValidEdrpou(102);
        var wrongDigit = valid[..7] + (char)('0' + ((valid[7] - '0' + 1) % 10));

        var response = await client.PostAsync("/business/register", Fields(wrongDigit));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("href=\"#f-edrpou\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-edrpou-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(bed));
    }

    [Fact]
    public async Task Duplicate_edrpou_is_refused_with_a_clear_message()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "first@firma.example");
        await PortalTestData.ConfirmedUserAsync(bed, "second@firma.example");
        var edrpou = CatalogTestData.ValidEdrpou(103);
        Assert.Equal(HttpStatusCode.Redirect, (await (await PortalTestData.SignInAsync(bed, "first@firma.example")).PostAsync("/business/register", Fields(edrpou))).StatusCode);

        var second = await (await PortalTestData.SignInAsync(bed, "second@firma.example")).PostAsync("/business/register", Fields(edrpou, "Test: someone else"));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("A business with this EDRPOU is already registered.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(bed));
    }

    [Fact]
    public async Task Html_in_a_name_is_stored_as_text_and_escaped_on_the_page()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var response = await client.PostAsync("/business/register", Fields(CatalogTestData.ValidEdrpou(104), "Test: <script>alert(1)</script> & Co"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await client.GetAsync(response.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", html, StringComparison.Ordinal);
        var stored = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().Select(b => b.LegalName).SingleAsync());
        Assert.Equal("Test: <script>alert(1)</script> & Co", stored);
    }

    [Fact]
    public async Task Five_megabyte_description_is_refused_before_anything_is_stored()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var response = await client.PostAsync("/business/register", Fields(CatalogTestData.ValidEdrpou(105), description: new string('я', 5 * 1024 * 1024)));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal(0, await CountAsync(bed));
    }

    [Fact]
    public async Task Foreign_business_registers_with_number_and_country()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        var missing = await client.PostAsync("/business/register", ("LegalName", "Test: Sp. z o.o."), ("CountryCode", "PL"), ("ContactEmail", "biuro@firma.example"), ("SizeBand", "Micro"), ("KvedCodes", "10"), ("TaglineEn", "Test"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("id=\"f-foreignRegistrationNumber-error\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await client.PostAsync("/business/register", ("LegalName", "Test: Sp. z o.o."), ("CountryCode", "PL"), ("ForeignRegistrationNumber", "KRS 0000123456"), ("ForeignCity", "Lublin"),
            ("ContactEmail", "biuro@firma.example"), ("SizeBand", "Micro"), ("KvedCodes", "10"), ("TaglineEn", "Test"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var stored = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().SingleAsync());
        Assert.Equal(("PL", null, "Lublin"), (stored.CountryCode, stored.SiteId, stored.ForeignCity));
    }

    private static Task<int> CountAsync(BackofficeTestBed bed) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().CountAsync());
}

using System.Net;
using System.Net.Http.Headers;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>
/// "Businesses in your sister cities" in the portal, on Lviv's real tie with Winnipeg (since 1973). The businesses are
/// test records with real KVED divisions of the shipped classification.
/// </summary>
public sealed class SisterCityMatchesPageTests
{
    [Fact]
    public async Task A_Lviv_bakery_sees_the_Winnipeg_dairy_with_its_reasons_in_the_users_language_and_a_link_to_its_showroom()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await BusinessOfferTestData.LvivWinnipegAsync(bed);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@pekarnia.example");
        var bakery = await BusinessOfferTestData.BusinessAsync(bed, owner, 341, "Test: Lviv bakery", kved: "10");
        var dairy = await BusinessOfferTestData.ForeignAsync(bed, "owner-dairy", "CA", "Winnipeg", "Test: Winnipeg dairy", "10", "01");
        await BusinessOfferTestData.ForeignAsync(bed, "owner-software", "CA", "Winnipeg", "Test: Winnipeg software house", "62");
        await BusinessOfferTestData.ForeignAsync(bed, "owner-toronto", "CA", "Toronto", "Test: Toronto food plant", "10");
        var client = await PortalTestData.SignInAsync(bed, "owner@pekarnia.example");

        Assert.Contains($"href=\"/business/{bakery.Id}/matches\"", await client.Http.GetStringAsync($"/business/{bakery.Id}"), StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/business/{bakery.Id}/matches");
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));
        english.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("uk", 0.5));
        var response = await client.Http.SendAsync(english);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var showroom = $"http://localhost/en{CatalogPaths.Business(dairy.Id, dairy.DisplayName)}";
        Assert.Contains($"<a href=\"{showroom}\">Test: Winnipeg dairy</a>", page, StringComparison.Ordinal);
        Assert.Contains("<li>both list Manufacture of food products (10)</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>Winnipeg is Lviv hromada's partner since 1973</li>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Winnipeg software house", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Toronto food plant", page, StringComparison.Ordinal);

        var ukrainian = WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/business/{bakery.Id}/matches?culture=uk"));
        Assert.Contains("<li>Вінніпег і Львівська громада — партнери з 1973 року</li>", ukrainian, StringComparison.Ordinal);
        Assert.Contains("<li>обидва зазначають «Виробництво харчових продуктів (10)»</li>", ukrainian, StringComparison.Ordinal);

        // The link leads to the public showroom, where a visitor can send an inquiry.
        var publicPage = await bed.App.CreateClient().GetAsync(new Uri(showroom).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains("Test: Winnipeg dairy", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_says_why_not_verified_no_partnerships_foreign_city_without_a_tie_or_no_fitting_activity()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await BusinessOfferTestData.LvivWinnipegAsync(bed);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var pending = await BusinessOfferTestData.BusinessAsync(bed, owner, 351, "Test: pending bakery", VerificationState.Pending, kved: "10");
        var kyiv = await BusinessOfferTestData.BusinessAsync(bed, owner, 352, "Test: Kyiv bakery", siteKey: "kyiv", kved: "10");
        var software = await BusinessOfferTestData.BusinessAsync(bed, owner, 353, "Test: Lviv software house", kved: "62");
        var toronto = await BusinessOfferTestData.ForeignAsync(bed, owner, "CA", "Toronto", "Test: Toronto food plant", "10");
        await BusinessOfferTestData.ForeignAsync(bed, "owner-dairy", "CA", "Winnipeg", "Test: Winnipeg dairy", "10");
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");

        async Task<string> PageAsync(Business business) =>
            WebUtility.HtmlDecode(await client.Http.GetStringAsync($"/business/{business.Id}/matches?culture=en"));

        Assert.Contains("Matches are shown to verified businesses only.", await PageAsync(pending), StringComparison.Ordinal);
        Assert.Contains("Your municipality has no active partnerships recorded", await PageAsync(kyiv), StringComparison.Ordinal);
        Assert.Contains("Your city is not partnered with any municipality of the network", await PageAsync(toronto), StringComparison.Ordinal);
        var noFit = await PageAsync(software);
        Assert.Contains("No verified business in your partner places lists the same or a complementary activity", noFit, StringComparison.Ordinal);
        Assert.Contains("<li>Winnipeg is Lviv hromada's partner since 1973</li>", noFit, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Winnipeg dairy", noFit, StringComparison.Ordinal);
    }
}

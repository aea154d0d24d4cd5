using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>
/// Builders for the portal's offers and matches: businesses registered and moderated through the catalog's own
/// services (test records, "Test: …", with real KVED divisions), offers written by <see cref="OfferWriter"/>, and
/// Lviv's real tie with Winnipeg (since 1973, from the shipped twin-towns.csv).
/// </summary>
internal static class BusinessOfferTestData
{
    public static Task<Business> BusinessAsync(
        BackofficeTestBed bed, string ownerId, int seed, string name, VerificationState state = VerificationState.Verified, string siteKey = "lviv", params string[] kved) =>
        CatalogTestData.RegisterAsync(bed.App.Services, CatalogTestData.Ukrainian(CatalogTestData.ValidEdrpou(seed), siteKey, name, kved), ownerId, state);

    public static Task<Business> ForeignAsync(BackofficeTestBed bed, string ownerId, string country, string city, string name, params string[] kved)
    {
        var request = CatalogTestData.Foreign(country, city, name);
        request.KvedCodes = [.. kved];
        return CatalogTestData.RegisterAsync(bed.App.Services, request, ownerId);
    }

    public static Task<CooperationOffer> OfferAsync(BackofficeTestBed bed, Guid businessId, string titleEn) => bed.WithScopeAsync(async sp =>
    {
        var expires = OfferWriter.KyivToday(TimeProvider.System).AddMonths(2);
        var (offer, errors) = await sp.GetRequiredService<OfferWriter>().CreateAsync(
            new OfferDraft(OfferDirection.Offer, "training", "education", null, businessId, "Test: " + titleEn, titleEn, null, null, expires, true), default);
        Assert.Empty(errors);
        return offer!;
    });

    public static Task<CooperationOffer> StoredAsync(BackofficeTestBed bed, Guid key) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<CooperationOffer>().AsNoTracking().SingleAsync(o => o.Key == key));

    public static Task<List<CooperationOffer>> OffersOfAsync(BackofficeTestBed bed, Guid businessId) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<CooperationOffer>().AsNoTracking().Where(o => o.BusinessKey == businessId).ToListAsync());

    /// <summary>Lviv and Winnipeg, partners since 1973 — and nothing for Kyiv, so a Kyiv business has no sister cities.</summary>
    public static Task LvivWinnipegAsync(BackofficeTestBed bed) => bed.WithScopeAsync(async sp =>
    {
        var (winnipeg, errors) = await sp.GetRequiredService<PartnerCityWriter>().CreateAsync(
            new PartnerCityDraft("Winnipeg", "Winnipeg", "Вінніпег", "CA", "Manitoba", 49.8951, -97.1384, "https://www.winnipeg.ca"), default);
        Assert.Empty(errors);
        var tie = await sp.GetRequiredService<PartnershipWriter>().CreateAsync(
            new PartnershipDraft { SiteId = bed.LvivId, PartnerCityId = winnipeg!.Id, Status = PartnershipStatus.Active, SinceYear = 1973, Areas = ["economy"] }, default);
        Assert.True(tie.Succeeded);
    });
}

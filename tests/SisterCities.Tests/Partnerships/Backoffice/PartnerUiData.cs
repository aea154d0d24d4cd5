using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>
/// Lviv's real tie with Winnipeg (1973, from the shipped twin-towns.csv) plus one offer and one event of each of Lviv
/// and Kyiv, written through the same writers the screens use. Offers and events are test records, titled "Test: …".
/// </summary>
internal sealed record PartnerUiData(
    int WinnipegId, Guid WinnipegKey, Guid LvivPartnership, Guid LvivOffer, Guid LvivEvent, Guid KyivPartnership, Guid KyivOffer, Guid KyivEvent)
{
    public static Task<PartnerUiData> SeedAsync(BackofficeTestBed bed) => bed.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CmsDbContext>();
        var (winnipeg, errors) = await sp.GetRequiredService<PartnerCityWriter>().CreateAsync(
            new PartnerCityDraft("Winnipeg", "Winnipeg", "Вінніпег", "CA", "Manitoba", 49.8951, -97.1384, "https://www.winnipeg.ca"), default);
        Assert.Empty(errors);
        var (tbilisi, _) = await sp.GetRequiredService<PartnerCityWriter>().CreateAsync(
            new PartnerCityDraft("თბილისი", "Tbilisi", "Тбілісі", "GE", null, null, null, null), default);
        var partnerships = sp.GetRequiredService<PartnershipWriter>();
        var lvivTie = await partnerships.CreateAsync(new PartnershipDraft { SiteId = bed.LvivId, PartnerCityId = winnipeg!.Id, Status = PartnershipStatus.Active, SinceYear = 1973, Areas = ["culture"] }, default);
        var kyivTie = await partnerships.CreateAsync(new PartnershipDraft { SiteId = bed.KyivId, PartnerCityId = tbilisi!.Id, Status = PartnershipStatus.Active }, default);
        Assert.True(lvivTie.Succeeded && kyivTie.Succeeded);

        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(2);
        var offers = sp.GetRequiredService<OfferWriter>();
        var (lvivOffer, _) = await offers.CreateAsync(new OfferDraft(OfferDirection.Request, "experienceExchange", "reconstruction", bed.LvivId, null, "Test: шукаємо партнерів", "Test: seeking partners", null, null, expires, true), default);
        var (kyivOffer, _) = await offers.CreateAsync(new OfferDraft(OfferDirection.Offer, "training", "education", bed.KyivId, null, "Test: навчання", "Test: training", null, null, expires, true), default);

        var events = sp.GetRequiredService<EventWriter>();
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var (lvivEvent, _) = await events.CreateAsync(new EventDraft { Kind = "businessForum", TitleUk = "Test: форум", TitleEn = "Test: forum", StartsAt = start, EndsAt = start.AddHours(3), HostSiteId = bed.LvivId }, default);
        var (kyivEvent, _) = await events.CreateAsync(new EventDraft { Kind = "conference", TitleUk = "Test: конференція", TitleEn = "Test: conference", StartsAt = start, EndsAt = start.AddHours(3), HostSiteId = bed.KyivId }, default);
        return new PartnerUiData(winnipeg.Id, winnipeg.Key, lvivTie.Partnership!.Key, lvivOffer!.Key, lvivEvent!.Key, kyivTie.Partnership!.Key, kyivOffer!.Key, kyivEvent!.Key);
    });

    public static Task<int> CountAsync<T>(BackofficeTestBed bed)
        where T : class =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<T>().CountAsync());
}

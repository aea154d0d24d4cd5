using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships.Portal;

namespace SisterCities.Tests.Partnerships;

/// <summary>
/// "An offer is open" is one rule (<see cref="OfferWriter.OpenOffers"/>) with several users: the public list
/// (<c>/api/v1/offers</c>), the answer page (<c>/offers/{key}</c>) and the answer intake (<see cref="IOfferAnswerRouting"/>).
/// They must agree on every edge the rule decides, above all the expiry at 00:00 Kyiv time, which falls while the UTC
/// date is still the day before.
/// </summary>
public sealed class OpenOfferRuleTests
{
    // 23:59 in Kyiv (UTC+2 in January) on 14 January; one minute later Kyiv's date is the 15th, UTC's still the 14th.
    private static readonly DateTimeOffset LastMinute = new(2027, 1, 14, 21, 59, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task List_answer_page_and_answer_intake_agree_an_offer_closes_at_Kyiv_midnight_and_withdrawn_or_suspended_ones_are_closed(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(LastMinute);
        await using var bed = await BackofficeTestBed.StartAsync(clock: clock, provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@open-rule.example");
        var verified = await BusinessOfferTestData.BusinessAsync(bed, owner, 361, "Test: verified bakery", kved: "10");
        var suspended = await BusinessOfferTestData.BusinessAsync(bed, owner, 362, "Test: suspended bakery", VerificationState.Suspended, kved: "10");

        var closingTonight = await AddAsync(bed, "closing tonight", new DateOnly(2027, 1, 15), siteId: bed.LvivId);
        var openTomorrow = await AddAsync(bed, "open tomorrow", new DateOnly(2027, 1, 16), siteId: bed.LvivId);
        var withdrawn = await AddAsync(bed, "withdrawn", new DateOnly(2027, 1, 16), siteId: bed.LvivId, withdrawnAt: LastMinute.AddDays(-1));
        var unpublished = await AddAsync(bed, "draft", new DateOnly(2027, 1, 16), siteId: bed.LvivId, published: false);
        var ofVerified = await AddAsync(bed, "of a verified business", new DateOnly(2027, 1, 16), business: verified.Id);
        var ofSuspended = await AddAsync(bed, "of a suspended business", new DateOnly(2027, 1, 16), business: suspended.Id);

        await AssertOpenAsync(bed, open: [closingTonight, openTomorrow, ofVerified], closed: [withdrawn, unpublished, ofSuspended]);

        // 00:00 in Kyiv: the offer whose last day was the 14th has closed everywhere at once.
        clock.Advance(TimeSpan.FromMinutes(1));
        await AssertOpenAsync(bed, open: [openTomorrow, ofVerified], closed: [closingTonight, withdrawn, unpublished, ofSuspended]);
    }

    private static async Task AssertOpenAsync(BackofficeTestBed bed, CooperationOffer[] open, CooperationOffer[] closed)
    {
        var visitor = bed.App.CreateClient();
        var list = await visitor.GetFromJsonAsync<JsonElement>("/api/v1/offers");
        var listed = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetProperty("en").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(open.Select(o => o.TitleEn).Order(StringComparer.Ordinal), listed);

        foreach (var offer in open.Concat(closed))
        {
            var isOpen = open.Contains(offer);
            Assert.Equal(isOpen ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await visitor.GetAsync($"/offers/{offer.Key}")).StatusCode);
            var title = await bed.WithScopeAsync(sp => sp.GetRequiredService<IOfferAnswerRouting>().OpenOfferTitleAsync(offer.Key, default));
            Assert.Equal(isOpen ? offer.TitleEn : null, title);
        }
    }

    /// <summary>Stored directly, so each offer sits exactly on its edge (the writer sets no withdrawal and refuses a past expiry).</summary>
    private static Task<CooperationOffer> AddAsync(
        BackofficeTestBed bed, string title, DateOnly expiresOn, int? siteId = null, Guid? business = null, DateTimeOffset? withdrawnAt = null, bool published = true) =>
        bed.WithScopeAsync(async sp =>
        {
            var offer = OfferRecords.Request(title, expiresOn, siteId, business);
            offer.Published = published;
            offer.WithdrawnAt = withdrawnAt;
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Add(offer);
            await db.SaveChangesAsync();
            return offer;
        });
}

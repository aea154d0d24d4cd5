using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class OfferTests : IDisposable
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Only_published_unexpired_offers_are_listed()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = (await RealSites.AddAsync(db, RealSites.Lviv()))[0];
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var writer = sp.GetRequiredService<OfferWriter>();
            var (open, errors) = await writer.CreateAsync(
                new OfferDraft(OfferDirection.Request, "experienceExchange", "reconstruction", lviv.Id, null,
                    "Шукаємо партнерів з відбудови", "Seeking partners in reconstruction", null, null, today.AddMonths(3), true), default);
            Assert.Empty(errors);
            await writer.CreateAsync(
                new OfferDraft(OfferDirection.Offer, "training", "education", lviv.Id, null, "Чернетка", "Draft", null, null, today.AddMonths(3), false), default);
            db.Add(new CooperationOffer
            {
                Key = Guid.NewGuid(),
                Topic = "trade",
                Area = "economy",
                SiteId = lviv.Id,
                TitleUk = "Минуле",
                TitleEn = "Past",
                ExpiresOn = today.AddDays(-1),
                Published = true,
            });
            await db.SaveChangesAsync();
        });

        var page = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/offers?site=lviv");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Seeking partners in reconstruction", item.GetProperty("title").GetProperty("en").GetString());
        Assert.Equal("request", item.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task An_offer_that_has_already_expired_or_names_an_unknown_area_is_refused()
    {
        var errors = await _app.WithScopeAsync(async sp =>
        {
            var lviv = (await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv()))[0];
            var (_, errors) = await sp.GetRequiredService<OfferWriter>().CreateAsync(
                new OfferDraft(OfferDirection.Offer, "trade", "space-mining", lviv.Id, null, "Т", "T", null, null, new DateOnly(2020, 1, 1), true), default);
            return errors;
        });
        Assert.Contains("area", errors.Keys);
        Assert.Contains("expiresOn", errors.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, (await _app.CreateClient().GetAsync("/api/v1/offers?direction=sideways")).StatusCode);
    }
}

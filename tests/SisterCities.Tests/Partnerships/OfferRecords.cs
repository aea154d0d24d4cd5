using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Tests.Partnerships;

/// <summary>
/// A published trade request as stored, without <see cref="OfferWriter"/>'s checks, so a test can put an offer exactly
/// on an edge (a last day already over, a withdrawal) or write one inside a flow under test. Titled "Test: …".
/// </summary>
internal static class OfferRecords
{
    public static CooperationOffer Request(string title, DateOnly expiresOn, int? siteId = null, Guid? businessKey = null) => new()
    {
        Key = Guid.NewGuid(),
        Direction = OfferDirection.Request,
        Topic = "trade",
        Area = "economy",
        SiteId = siteId,
        BusinessKey = businessKey,
        TitleUk = "Test: " + title,
        TitleEn = "Test: " + title,
        ExpiresOn = expiresOn,
        Published = true,
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}

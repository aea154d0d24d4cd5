using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// A business's offers with the answers each received. <see cref="PostingRefusal"/> says why the business may not post
/// (not verified), null when it may.
/// </summary>
public sealed record BusinessOffersModel(
    Business Business, IReadOnlyList<CooperationOffer> Offers, IReadOnlyDictionary<Guid, int> Answers, DateOnly Today, string? PostingRefusal)
{
    public static string State(CooperationOffer offer, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return offer.WithdrawnAt is not null ? "withdrawn" : offer.ExpiresOn <= today ? "expired" : offer.Published ? "open" : "draft";
    }
}

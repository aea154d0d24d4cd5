using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>The new/edit offer page: the stored offer (null for a new one), the form as shown, and a notice after saving.</summary>
public sealed record BusinessOfferModel(Business Business, CooperationOffer? Offer, BusinessOfferForm Form, DateOnly Today, string? Notice = null)
{
    public string Action => Offer is null ? $"/business/{Business.Id:D}/offers/new" : $"/business/{Business.Id:D}/offers/{Offer.Key:D}";
}

using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// Who may post: only a verified business. Its offers are public in the network's name, so a business nobody has
/// checked yet, a rejected one and a suspended one may not (a suspended business's offers are hidden as well).
/// </summary>
public static class OfferPosting
{
    /// <summary>Why the business may not post or change offers, in words for its managers; null when it may.</summary>
    public static string? Refusal(Business business)
    {
        ArgumentNullException.ThrowIfNull(business);
        var reason = string.IsNullOrWhiteSpace(business.StateReason) ? "" : $" The moderator's reason: {business.StateReason}";
        return business.State switch
        {
            VerificationState.Verified => null,
            VerificationState.Pending => "Your business is waiting for a moderator to verify it. Cooperation offers can be posted once it is verified.",
            VerificationState.Rejected => "The registration of your business was rejected, so it cannot post cooperation offers." + reason,
            VerificationState.Suspended => "Your business is suspended: its offers are hidden and it cannot post or change offers." + reason,
            _ => "Only verified businesses can post cooperation offers.",
        };
    }
}

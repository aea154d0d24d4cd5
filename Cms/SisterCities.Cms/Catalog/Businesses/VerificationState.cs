namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>Where a business stands with the network's moderators. Only <see cref="Verified"/> businesses are public.</summary>
public enum VerificationState
{
    Pending,
    Verified,
    Rejected,
    Suspended,
}

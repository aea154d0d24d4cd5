namespace SisterCities.Cms.Catalog.Portal;

public enum ResetLinkState
{
    Valid,
    Expired,

    /// <summary>Forged, edited, for another account, or already used.</summary>
    Invalid,
}

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// A correction of a rejected business's legal identity: the legal name and the registration code (EDRPOU for a
/// Ukrainian business, the registration number for a foreign one). Country and municipality are not corrected
/// here: they decide who moderates the business, so a wrong one means registering the business anew.
/// </summary>
public sealed class BusinessIdentityUpdate
{
    public string? LegalName { get; set; }

    /// <summary>Only for a Ukrainian business; ignored for a foreign one.</summary>
    public string? Edrpou { get; set; }

    /// <summary>Only for a foreign business; ignored for a Ukrainian one.</summary>
    public string? ForeignRegistrationNumber { get; set; }
}

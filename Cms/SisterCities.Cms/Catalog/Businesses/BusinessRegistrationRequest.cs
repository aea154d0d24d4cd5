namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>What the portal's registration form posts. Everything is checked by <see cref="BusinessRegistration"/>.</summary>
public sealed class BusinessRegistrationRequest
{
    public string? LegalName { get; set; }

    /// <summary>Defaults to the legal name.</summary>
    public string? DisplayName { get; set; }

    public Dictionary<string, BusinessText> Texts { get; set; } = [];

    public string? CountryCode { get; set; }

    public string? Edrpou { get; set; }

    public string? ForeignRegistrationNumber { get; set; }

    /// <summary>Key of the network site (hromada) for a Ukrainian business, e.g. <c>lviv</c>.</summary>
    public string? SiteKey { get; set; }

    public string? ForeignCity { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public BusinessSizeBand SizeBand { get; set; }

    public int? FoundedYear { get; set; }

    public List<string> ExportMarkets { get; set; } = [];

    public List<string> Certifications { get; set; } = [];

    public Guid? LogoMediaKey { get; set; }

    /// <summary>KVED-2010 division codes; the first is the main activity.</summary>
    public List<string> KvedCodes { get; set; } = [];

    /// <summary>A field hidden from people; anything in it means a bot filled the form.</summary>
    public string? Honeypot { get; set; }
}

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// The profile fields a business's managers may change themselves. The legal identity (legal name, EDRPOU or
/// registration number, country, municipality) is what moderators verified, so it is not editable here.
/// </summary>
public sealed class BusinessProfileUpdate
{
    public string? DisplayName { get; set; }

    public Dictionary<string, BusinessText> Texts { get; set; } = [];

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public BusinessSizeBand SizeBand { get; set; }

    public int? FoundedYear { get; set; }

    public List<string> ExportMarkets { get; set; } = [];

    public List<string> Certifications { get; set; } = [];

    public Guid? LogoMediaKey { get; set; }

    public List<string> KvedCodes { get; set; } = [];
}

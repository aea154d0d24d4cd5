using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>
/// The registration and profile form as posted (plain fields: texts per culture, lists as comma-separated text),
/// turned into the catalog services' requests, which do all the checking.
/// </summary>
public sealed class BusinessForm
{
    public string? LegalName { get; set; }

    public string? DisplayName { get; set; }

    public string? CountryCode { get; set; } = "UA";

    public string? Edrpou { get; set; }

    public string? SiteKey { get; set; }

    public string? ForeignRegistrationNumber { get; set; }

    public string? ForeignCity { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public string? SizeBand { get; set; }

    public int? FoundedYear { get; set; }

    /// <summary>KVED divisions separated by commas or spaces; the first is the main activity.</summary>
    public string? KvedCodes { get; set; }

    public string? ExportMarkets { get; set; }

    /// <summary>One certification per line.</summary>
    public string? Certifications { get; set; }

    public string? TaglineUk { get; set; }

    public string? DescriptionUk { get; set; }

    public string? TaglineEn { get; set; }

    public string? DescriptionEn { get; set; }

    public string? Honeypot { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;

    public BusinessRegistrationRequest ToRegistration() => new()
    {
        LegalName = LegalName,
        DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? null : DisplayName,
        CountryCode = CountryCode,
        Edrpou = Edrpou,
        SiteKey = SiteKey,
        ForeignRegistrationNumber = ForeignRegistrationNumber,
        ForeignCity = ForeignCity,
        Address = Blank(Address),
        Website = Blank(Website),
        ContactEmail = ContactEmail,
        ContactPhone = Blank(ContactPhone),
        SizeBand = Size(),
        FoundedYear = FoundedYear,
        KvedCodes = Split(KvedCodes),
        ExportMarkets = Split(ExportMarkets),
        Certifications = Lines(Certifications),
        Texts = Texts(),
        Honeypot = Honeypot,
    };

    public BusinessProfileUpdate ToUpdate(Guid? logo) => new()
    {
        DisplayName = DisplayName,
        Address = Blank(Address),
        Website = Blank(Website),
        ContactEmail = ContactEmail,
        ContactPhone = Blank(ContactPhone),
        SizeBand = Size(),
        FoundedYear = FoundedYear,
        KvedCodes = Split(KvedCodes),
        ExportMarkets = Split(ExportMarkets),
        Certifications = Lines(Certifications),
        Texts = Texts(),
        LogoMediaKey = logo,
    };

    public static BusinessForm From(Business b) => new()
    {
        LegalName = b.LegalName,
        DisplayName = b.DisplayName,
        CountryCode = b.CountryCode,
        Edrpou = b.Edrpou,
        ForeignRegistrationNumber = b.ForeignRegistrationNumber,
        ForeignCity = b.ForeignCity,
        Address = b.Address,
        Website = b.Website,
        ContactEmail = b.ContactEmail,
        ContactPhone = b.ContactPhone,
        SizeBand = b.SizeBand.ToString(),
        FoundedYear = b.FoundedYear,
        KvedCodes = string.Join(", ", b.Activities.OrderByDescending(a => a.IsPrimary).ThenBy(a => a.Division).Select(a => a.Division)),
        ExportMarkets = string.Join(", ", b.ExportMarkets),
        Certifications = string.Join("\n", b.Certifications),
        TaglineUk = b.Texts.GetValueOrDefault("uk")?.Tagline,
        DescriptionUk = b.Texts.GetValueOrDefault("uk")?.Description,
        TaglineEn = b.Texts.GetValueOrDefault("en")?.Tagline,
        DescriptionEn = b.Texts.GetValueOrDefault("en")?.Description,
    };

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    internal static List<string> Split(string? value) =>
        (value ?? "").Split([',', ' ', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<string> Lines(string? value) =>
        (value ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    /// <summary>An unknown band binds to an undefined value, which the service reports on the field.</summary>
    private BusinessSizeBand Size() => Enum.TryParse<BusinessSizeBand>(SizeBand, ignoreCase: true, out var band) && Enum.IsDefined(band) ? band : (BusinessSizeBand)(-1);

    private Dictionary<string, BusinessText> Texts()
    {
        var texts = new Dictionary<string, BusinessText>(StringComparer.Ordinal);
        if (Blank(TaglineUk) is not null || Blank(DescriptionUk) is not null)
        {
            texts["uk"] = new BusinessText { Tagline = Blank(TaglineUk), Description = Blank(DescriptionUk) };
        }

        if (Blank(TaglineEn) is not null || Blank(DescriptionEn) is not null)
        {
            texts["en"] = new BusinessText { Tagline = Blank(TaglineEn), Description = Blank(DescriptionEn) };
        }

        return texts;
    }
}

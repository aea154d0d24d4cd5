using System.Text.RegularExpressions;
using SisterCities.Cms.Catalog.Classification;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>The checks on a business's profile fields shared by registration and later profile edits.</summary>
public sealed partial class BusinessProfileRules(KvedClassification kved, TimeProvider clock)
{
    public const int MaxKvedCodes = 20;
    public const int MaxExportMarkets = 249;
    public const int MaxCertifications = 30;
    public const int MaxCultures = 8;

    public Dictionary<string, BusinessText> Texts(CatalogErrors errors, Dictionary<string, BusinessText>? texts)
    {
        var result = new Dictionary<string, BusinessText>(StringComparer.Ordinal);
        if (texts is null || texts.Count == 0)
        {
            errors.Add("texts", "Describe the business in at least one language (uk or en).");
            return result;
        }

        if (texts.Count > MaxCultures)
        {
            errors.Add("texts", $"At most {MaxCultures} languages.");
            return result;
        }

        foreach (var (culture, text) in texts)
        {
            if (!CatalogText.IsCulture(culture))
            {
                errors.Add("texts", $"'{culture}' is not a language code such as uk or en.");
                continue;
            }

            result[culture] = new BusinessText
            {
                Tagline = CatalogText.Line(errors, $"texts.{culture}.tagline", text?.Tagline, CatalogText.TaglineMax),
                Description = CatalogText.Block(errors, $"texts.{culture}.description", text?.Description, CatalogText.DescriptionMax),
            };
        }

        return result;
    }

    /// <summary>Valid, distinct KVED division codes, at least one; returns them as activity rows, the first primary.</summary>
    public List<BusinessActivity> Activities(CatalogErrors errors, IReadOnlyList<string>? codes)
    {
        var activities = new List<BusinessActivity>();
        if (codes is null || codes.Count == 0)
        {
            errors.Add("kvedCodes", "Choose at least one KVED-2010 division.");
            return activities;
        }

        if (codes.Count > MaxKvedCodes)
        {
            errors.Add("kvedCodes", $"At most {MaxKvedCodes} KVED codes.");
            return activities;
        }

        foreach (var raw in codes)
        {
            var code = raw?.Trim();
            var entry = kved.Find(code);
            if (entry is null || entry.Level != KvedLevel.Division)
            {
                errors.Add("kvedCodes", $"'{code}' is not a KVED-2010 division code (two digits, e.g. 62).");
            }
            else if (activities.All(a => a.Division != entry.Code))
            {
                activities.Add(new BusinessActivity { Division = entry.Code, Section = entry.SectionCode, IsPrimary = activities.Count == 0 });
            }
        }

        return activities;
    }

    public List<string> Countries(CatalogErrors errors, string field, IReadOnlyList<string>? codes)
    {
        var result = new List<string>();
        foreach (var raw in (codes ?? []).Take(MaxExportMarkets + 1))
        {
            var code = IsoCountries.Normalize(raw);
            if (!IsoCountries.IsValid(code))
            {
                errors.Add(field, $"'{raw}' is not an ISO 3166-1 alpha-2 country code.");
            }
            else if (!result.Contains(code!))
            {
                result.Add(code!);
            }
        }

        return result;
    }

    public List<string> Certifications(CatalogErrors errors, IReadOnlyList<string>? values)
    {
        if (values is not null && values.Count > MaxCertifications)
        {
            errors.Add("certifications", $"At most {MaxCertifications} certifications.");
            return [];
        }

        return (values ?? [])
            .Select((v, i) => CatalogText.Line(errors, $"certifications[{i}]", v, CatalogText.NameMax))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public int? FoundedYear(CatalogErrors errors, int? year)
    {
        if (year is not null && (year < 1000 || year > clock.GetUtcNow().Year))
        {
            errors.Add("foundedYear", "A year between 1000 and this year.");
            return null;
        }

        return year;
    }

    public string? Website(CatalogErrors errors, string? value)
    {
        var website = CatalogText.Line(errors, "website", value, CatalogText.ShortMax);
        if (website is not null && !CatalogText.IsHttpUrl(website))
        {
            errors.Add("website", "An http or https address.");
            return null;
        }

        return website;
    }

    public string? Phone(CatalogErrors errors, string? value)
    {
        var phone = CatalogText.Line(errors, "contactPhone", value, 32);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("contactPhone", "Digits, spaces, +, - and brackets only.");
            return null;
        }

        return phone;
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-]{5,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}

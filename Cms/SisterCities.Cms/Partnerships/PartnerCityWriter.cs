using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Partnerships;

/// <summary>What an editor enters for a city abroad.</summary>
public sealed record PartnerCityDraft(
    string? NameNative, string? NameEn, string? NameUk, string? CountryCode, string? Region, double? Latitude, double? Longitude, string? Website);

/// <summary>Checks and stores partner cities: a real ISO 3166-1 country, names, coordinates on the globe, one city per country and English name.</summary>
public sealed class PartnerCityWriter(CmsDbContext db, TimeProvider clock)
{
    public const int NameMax = 200;

    public async Task<Dictionary<string, string[]>> ValidateAsync(PartnerCityDraft draft, int? existingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        CheckName(errors, "nameNative", draft.NameNative, required: true);
        CheckName(errors, "nameEn", draft.NameEn, required: true);
        CheckName(errors, "nameUk", draft.NameUk, required: false);
        CheckName(errors, "region", draft.Region, required: false);
        var country = draft.CountryCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country) || !CountryCodes.IsValid(country))
        {
            errors["countryCode"] = ["Unknown country: use an ISO 3166-1 alpha-2 code such as PL or DE."];
        }

        if (draft.Latitude is { } lat && (lat is < -90 or > 90 || double.IsNaN(lat)))
        {
            errors["latitude"] = ["The latitude is between -90 and 90."];
        }

        if (draft.Longitude is { } lon && (lon is < -180 or > 180 || double.IsNaN(lon)))
        {
            errors["longitude"] = ["The longitude is between -180 and 180."];
        }

        if ((draft.Latitude is null) != (draft.Longitude is null))
        {
            errors["longitude"] = ["Give both coordinates or neither."];
        }

        if (draft.Website is { Length: > 0 } url && !(url.Length <= 500 && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors["website"] = ["The website must be an http(s) address."];
        }

        if (errors.Count == 0)
        {
            var nameEn = draft.NameEn!.Trim();
            if (await db.Set<PartnerCity>().AnyAsync(c => c.CountryCode == country && c.NameEn == nameEn && c.Id != (existingId ?? 0), cancellationToken))
            {
                errors["nameEn"] = ["This country already has a partner city with this English name."];
            }
        }

        return errors;
    }

    public async Task<(PartnerCity? City, Dictionary<string, string[]> Errors)> CreateAsync(PartnerCityDraft draft, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, null, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var city = new PartnerCity { Key = Guid.NewGuid(), NameNative = "", NameEn = "", CountryCode = "", CreatedAt = clock.GetUtcNow() };
        Apply(city, draft);
        db.Add(city);
        await db.SaveChangesAsync(cancellationToken);
        return (city, errors);
    }

    public async Task<Dictionary<string, string[]>> UpdateAsync(PartnerCity city, PartnerCityDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(city);
        var errors = await ValidateAsync(draft, city.Id, cancellationToken);
        if (errors.Count == 0)
        {
            Apply(city, draft);
            await db.SaveChangesAsync(cancellationToken);
        }

        return errors;
    }

    private static void CheckName(Dictionary<string, string[]> errors, string field, string? value, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value is { Length: > NameMax })
        {
            errors[field] = [$"At most {NameMax} characters."];
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Apply(PartnerCity city, PartnerCityDraft draft)
    {
        city.NameNative = draft.NameNative!.Trim();
        city.NameEn = draft.NameEn!.Trim();
        city.NameUk = Clean(draft.NameUk);
        city.CountryCode = draft.CountryCode!.Trim().ToUpperInvariant();
        city.Region = Clean(draft.Region);
        city.Latitude = draft.Latitude;
        city.Longitude = draft.Longitude;
        city.Website = Clean(draft.Website);
    }
}

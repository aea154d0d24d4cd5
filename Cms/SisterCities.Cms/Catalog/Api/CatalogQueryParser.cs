using System.Globalization;
using System.Text.Json;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// Turns query-string values into filters, collecting an error per bad parameter so the API answers 400 with
/// problem details instead of guessing. Values arrive as strings so that "take=abc" is our 400, not a binder error.
/// </summary>
public sealed class CatalogQueryParser(KvedClassification kved, SiteDirectory sites, Microsoft.Extensions.Options.IOptions<CatalogOptions> options)
{
    public const int DefaultTake = 20;
    public const int MaxNameText = 100;

    public async Task<(BusinessFilter? Filter, CatalogErrors Errors)> BusinessesAsync(
        string? activity, string? country, string? municipality, string? exporting, string? q, string? skip, string? take, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        string? section = null, division = null;
        if (!string.IsNullOrWhiteSpace(activity))
        {
            var entry = kved.Find(activity.Trim().ToUpperInvariant());
            if (entry is null)
            {
                errors.Add("activity", "A KVED-2010 section letter (A–U) or division code (01–99).");
            }
            else if (entry.Level == KvedLevel.Section)
            {
                section = entry.Code;
            }
            else
            {
                division = entry.Code;
            }
        }

        var countryCode = IsoCountries.Normalize(country);
        if (!string.IsNullOrEmpty(countryCode) && !IsoCountries.IsValid(countryCode))
        {
            errors.Add("country", "An ISO 3166-1 alpha-2 country code.");
        }

        var siteId = await SiteAsync(errors, municipality, cancellationToken);
        bool? exportingFlag = null;
        if (!string.IsNullOrEmpty(exporting))
        {
            if (bool.TryParse(exporting, out var flag))
            {
                exportingFlag = flag;
            }
            else
            {
                errors.Add("exporting", "true or false.");
            }
        }

        var nameText = q?.Trim();
        if (nameText is { Length: > MaxNameText })
        {
            errors.Add("q", $"At most {MaxNameText} characters.");
        }

        var (skipValue, takeValue) = Paging(errors, skip, take);
        return errors.Any
            ? (null, errors)
            : (new BusinessFilter(section, division, string.IsNullOrEmpty(countryCode) ? null : countryCode, siteId, exportingFlag,
                string.IsNullOrEmpty(nameText) ? null : nameText.ToLowerInvariant(), skipValue, takeValue), errors);
    }

    public async Task<(ProjectFilter? Filter, CatalogErrors Errors)> ProjectsAsync(
        string? sector, string? municipality, string? stage, string? skip, string? take, CancellationToken cancellationToken)
    {
        var errors = new CatalogErrors();
        var sectorCode = sector?.Trim().ToUpperInvariant();
        if (!string.IsNullOrEmpty(sectorCode) && !kved.IsSection(sectorCode))
        {
            errors.Add("sector", "A KVED-2010 section letter (A–U).");
        }

        var siteId = await SiteAsync(errors, municipality, cancellationToken);
        ProjectStage? stageValue = null;
        if (!string.IsNullOrEmpty(stage))
        {
            var match = Enum.GetValues<ProjectStage>().Where(s => string.Equals(s.ToString(), stage, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 1)
            {
                stageValue = match[0];
            }
            else
            {
                errors.Add("stage", "idea, feasibility, readyToBuild or operating.");
            }
        }

        var (skipValue, takeValue) = Paging(errors, skip, take);
        return errors.Any
            ? (null, errors)
            : (new ProjectFilter(string.IsNullOrEmpty(sectorCode) ? null : sectorCode, siteId, stageValue, skipValue, takeValue), errors);
    }

    /// <summary>Enum values as the API writes them: <c>readyToBuild</c>, <c>verified</c>.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private async Task<int?> SiteAsync(CatalogErrors errors, string? municipality, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(municipality))
        {
            return null;
        }

        var site = await sites.FindByKeyAsync(municipality.Trim(), cancellationToken);
        if (site is null)
        {
            errors.Add("municipality", "No municipality of the network has this key.");
        }

        return site?.Id;
    }

    private (int Skip, int Take) Paging(CatalogErrors errors, string? skip, string? take)
    {
        var max = options.Value.MaxPageSize;
        var skipValue = 0;
        var takeValue = DefaultTake;
        if (!string.IsNullOrEmpty(skip) && (!int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out skipValue) || skipValue > 1_000_000))
        {
            errors.Add("skip", "A whole number from 0 to 1000000.");
        }

        if (!string.IsNullOrEmpty(take) && (!int.TryParse(take, NumberStyles.None, CultureInfo.InvariantCulture, out takeValue) || takeValue < 1 || takeValue > max))
        {
            errors.Add("take", $"A whole number from 1 to {max}.");
        }

        return (skipValue, takeValue);
    }
}

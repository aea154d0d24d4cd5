using System.Text.Json;
using System.Text.Json.Serialization;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// A site's theme settings, stored as JSON in <c>sites.ThemeSettings</c>. Everything is optional: a theme shows its
/// own colours, the placeholder shield with the city's initial and no footer text where a value is missing.
/// </summary>
public sealed record SiteThemeSettings
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static SiteThemeSettings Empty { get; } = new();

    /// <summary><c>#rrggbb</c>; replaces the theme's <c>--brand</c> colour.</summary>
    public string? PrimaryColour { get; init; }

    /// <summary>Media library key of the logo image shown in the footer.</summary>
    public Guid? LogoMediaKey { get; init; }

    /// <summary>Media library key of the coat of arms shown beside the city's name.</summary>
    public Guid? CoatOfArmsMediaKey { get; init; }

    public string? FooterTextUk { get; init; }

    public string? FooterTextEn { get; init; }

    public string? FooterText(string culture) => culture == "uk" ? FooterTextUk : FooterTextEn ?? FooterTextUk;

    /// <summary>Reads the stored JSON; anything unreadable counts as no settings so a site never fails to render.</summary>
    public static SiteThemeSettings Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            return JsonSerializer.Deserialize<SiteThemeSettings>(json, Json) ?? Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}

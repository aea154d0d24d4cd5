namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// What a theme's layout shows of a site's theme settings on one page. Every part may be missing: no stylesheet
/// (the theme's own colours), no coat of arms (the placeholder shield with the initial), no logo, no footer text.
/// </summary>
public sealed record SiteBranding(string? StylesheetUrl, BrandImage? CoatOfArms, BrandImage? Logo, string? FooterText)
{
    public const string ViewDataKey = "SisterCities.Branding";

    public static SiteBranding None { get; } = new(null, null, null, null);
}

/// <summary>A small signed rendition of a library image with its alt text in the page's language.</summary>
public sealed record BrandImage(string Src, string Alt, int Width, int? Height);

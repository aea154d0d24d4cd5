using System.Security.Cryptography;
using System.Text;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// The tiny per-site stylesheet that sets the theme's custom properties from the settings. Served as a file (the
/// CSP has <c>style-src 'self'</c>, no inline styles) at a URL that contains a hash of its content, so it is
/// cached for a year and a changed colour gets a new URL at once.
/// </summary>
public static class SiteStylesheet
{
    public const string RoutePrefix = "/_theme";

    /// <summary>The CSS for the site, or null when the settings change no colour.</summary>
    public static string? Css(SiteThemeSettings settings) =>
        settings.PrimaryColour is { } colour && ContrastRatio.IsHexColour(colour)
            ? $":root{{--brand:{colour.ToLowerInvariant()}}}\n"
            : null;

    public static string Fingerprint(string css) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16];

    public static string? Url(SiteSummary site, SiteThemeSettings settings) =>
        Css(settings) is { } css ? $"{RoutePrefix}/{Uri.EscapeDataString(site.Key)}/{Fingerprint(css)}.css" : null;
}

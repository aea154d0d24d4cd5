using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>
/// Turns a site's stored settings into what the layout renders. Images come from the media library's in-memory
/// lookup; an image that is gone, not an image, or lacks alt text is left out (the theme falls back).
/// </summary>
public sealed class SiteBrandingReader(MediaItemLookup lookup, MediaUrls urls)
{
    private const int CoatWidth = 96;
    private const int LogoWidth = 320;

    public async Task<SiteBranding> ForAsync(SiteSummary? site, string culture, CancellationToken cancellationToken)
    {
        if (site is null)
        {
            return SiteBranding.None;
        }

        var settings = SiteThemeSettings.Parse(site.ThemeSettings);
        return new SiteBranding(
            SiteStylesheet.Url(site, settings),
            await ImageAsync(settings.CoatOfArmsMediaKey, culture, CoatWidth, cancellationToken),
            await ImageAsync(settings.LogoMediaKey, culture, LogoWidth, cancellationToken),
            settings.FooterText(culture) is { Length: > 0 } footer ? footer : null);
    }

    private async Task<BrandImage?> ImageAsync(Guid? key, string culture, int width, CancellationToken cancellationToken)
    {
        if (key is null || await lookup.FindAsync(key.Value, null, cancellationToken) is not { } item || !item.IsImage || !item.IsUsableOnPublicPage)
        {
            return null;
        }

        var renditionWidth = Math.Min(width, item.Width ?? width);
        int? height = item.Width is > 0 && item.Height is { } h ? (int)Math.Round((double)h * renditionWidth / item.Width.Value) : null;
        return new BrandImage(urls.Rendition(item, new RenditionParameters { Width = renditionWidth }), item.AltText(culture) ?? item.AltUk ?? "", renditionWidth, height);
    }
}

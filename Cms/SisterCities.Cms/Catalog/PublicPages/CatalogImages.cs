using SisterCities.Cms.Media;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// Catalog images through the rendition pipeline: a signed <c>srcset</c> sized for where the image sits (a logo, an
/// item card), the alt text of the page's language, the intrinsic size. An image without alt texts is left out,
/// as on every public page (WCAG 1.1.1).
/// </summary>
public sealed class CatalogImages(MediaItemLookup lookup, MediaUrls urls)
{
    private static readonly int[] CardWidths = [320, 480, 768, 1024];
    private static readonly int[] LogoWidths = [96, 192, 288];
    private static readonly int[] CoverWidths = [480, 768, 1024, 1600];
    private static readonly int[] GalleryWidths = [160, 320, 480];

    public Task<PublicImage?> CardAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        ForAsync(key, culture, CardWidths, MediaUrls.Sizes("100vw", ("(min-width: 60rem)", "22rem"), ("(min-width: 36rem)", "45vw")), 768, cancellationToken);

    public Task<PublicImage?> LogoAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        ForAsync(key, culture, LogoWidths, "6rem", 192, cancellationToken);

    /// <summary>The showroom's banner: the full width of the content column.</summary>
    public Task<PublicImage?> CoverAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        ForAsync(key, culture, CoverWidths, MediaUrls.Sizes("100vw", ("(min-width: 60rem)", "60rem")), 1024, cancellationToken);

    /// <summary>A showroom gallery thumbnail (10rem wide in both themes).</summary>
    public Task<PublicImage?> GalleryAsync(Guid key, string culture, CancellationToken cancellationToken) =>
        ForAsync(key, culture, GalleryWidths, MediaUrls.Sizes("30vw", ("(min-width: 36rem)", "10rem")), 320, cancellationToken);

    private async Task<PublicImage?> ForAsync(Guid key, string culture, int[] widths, string sizes, int fallback, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(key, null, cancellationToken) is not { } item || !item.IsImage || !item.IsUsableOnPublicPage)
        {
            return null;
        }

        return new PublicImage(
            urls.Rendition(item, new RenditionParameters { Width = Math.Min(item.Width ?? fallback, fallback) }),
            urls.SrcSet(item, widths),
            sizes,
            item.AltText(culture) ?? item.AltUk ?? "",
            item.Width,
            item.Height);
    }
}

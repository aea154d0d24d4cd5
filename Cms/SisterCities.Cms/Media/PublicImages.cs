namespace SisterCities.Cms.Media;

/// <summary>
/// What a theme needs to show an image on a public page: a small fallback <c>src</c>, a signed <c>srcset</c>
/// of renditions, the alt text of the page's language and the intrinsic size (so the layout does not jump).
/// An image without alt text in the page's language is not shown at all (WCAG 1.1.1), nor is anything not an
/// image; publishing such a page is refused beforehand (<see cref="Library.ImageAltTextRequirement"/>).
/// </summary>
public sealed class PublicImages(MediaItemLookup lookup, MediaUrls urls)
{
    private static readonly int[] Widths = [480, 768, 1024, 1600];

    public async Task<PublicImage?> ForAsync(string? mediaKey, string culture, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(mediaKey, out var key) || await lookup.FindAsync(key, null, cancellationToken) is not { } item
            || !item.IsImage || item.AltText(culture) is not { Length: > 0 } alt || string.IsNullOrWhiteSpace(alt))
        {
            return null;
        }

        var fallbackWidth = Math.Min(item.Width ?? 768, 768);
        return new PublicImage(
            urls.Rendition(item, new RenditionParameters { Width = fallbackWidth }),
            urls.SrcSet(item, Widths),
            MediaUrls.Sizes("100vw", ("(min-width: 60rem)", "45rem")),
            alt,
            item.Width,
            item.Height);
    }
}

public sealed record PublicImage(string Src, string SrcSet, string Sizes, string Alt, int? Width, int? Height);

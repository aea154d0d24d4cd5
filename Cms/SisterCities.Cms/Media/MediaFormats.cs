namespace SisterCities.Cms.Media;

/// <summary>
/// The only file types the library accepts, recognised by their magic numbers, never by name or declared type.
/// Signatures: JPEG FF D8 FF; PNG 89 50 4E 47 0D 0A 1A 0A; GIF "GIF87a"/"GIF89a"; WebP "RIFF"....“WEBP”; PDF "%PDF-".
/// </summary>
public static class MediaFormats
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Gif = "image/gif";
    public const string WebP = "image/webp";
    public const string Pdf = "application/pdf";

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int SniffLength = 16;

    public static bool IsImage(string contentType) => contentType is Jpeg or Png or Gif or WebP;

    public static string Extension(string contentType) => contentType switch
    {
        Jpeg => "jpg",
        Png => "png",
        Gif => "gif",
        WebP => "webp",
        Pdf => "pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(contentType), contentType, "Not a media format."),
    };

    /// <summary>The format the leading bytes announce, or null for anything else (zip, HTML, SVG, BMP, TIFF…).</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP;
        }

        // A PDF must start with its header: a PDF hidden after other bytes (a polyglot) is not accepted as one.
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }

        return null;
    }
}

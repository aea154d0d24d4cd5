using System.Globalization;

namespace SisterCities.Cms.Media;

/// <summary>
/// URLs of media for themes and APIs: the original, named presets, and signed renditions, including
/// <c>srcset</c>/<c>sizes</c> for responsive images. Every URL carries the item's version segment, so it
/// can be cached forever and changes when the image (or its focal point) does.
/// </summary>
public sealed class MediaUrls(RenditionUrlSigner signer)
{
    public const string RoutePrefix = "/media";

    public static string OriginalPath(MediaItem item) =>
        $"{RoutePrefix}/{item.Key:D}/{item.UrlVersion}/{Uri.EscapeDataString(item.FileName)}";

    public string Original(MediaItem item) => OriginalPath(item);

    public static string Preset(MediaItem item, string preset) =>
        RenditionPresets.All.ContainsKey(preset)
            ? OriginalPath(item) + "?preset=" + preset
            : throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown preset.");

    /// <summary>A signed URL of a rendition with exactly these parameters.</summary>
    public string Rendition(MediaItem item, RenditionParameters parameters)
    {
        var path = OriginalPath(item);
        var query = parameters.ToQuery().ToList();
        var signature = signer.Sign(path, query);
        var text = string.Join('&', query.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        return path + "?" + (text.Length > 0 ? text + "&" : "") + RenditionQuery.Hmac + "=" + signature;
    }

    /// <summary>
    /// A <c>srcset</c> value: one signed rendition per width (never wider than the original), with the height
    /// following the aspect ratio <paramref name="aspect"/> (width / height) when given, else the original's.
    /// </summary>
    public string SrcSet(MediaItem item, IEnumerable<int> widths, double? aspect = null, string? format = null)
    {
        var usable = widths.Where(w => w > 0).Distinct().Order().ToList();
        if (item.Width is { } originalWidth)
        {
            usable = usable.Where(w => w <= originalWidth).DefaultIfEmpty(originalWidth).ToList();
        }

        return string.Join(", ", usable.Select(width =>
        {
            var parameters = new RenditionParameters
            {
                Width = width,
                Height = aspect is { } a ? (int)Math.Round(width / a) : null,
                Format = format,
            };
            return Rendition(item, parameters) + " " + width.ToString(CultureInfo.InvariantCulture) + "w";
        }));
    }

    /// <summary>
    /// A <c>sizes</c> value from (media condition, length) pairs and a fallback length, e.g.
    /// <c>Sizes("100vw", ("(min-width: 960px)", "50vw"))</c> → <c>(min-width: 960px) 50vw, 100vw</c>.
    /// </summary>
    public static string Sizes(string fallback, params (string Condition, string Length)[] rules) =>
        string.Join(", ", rules.Select(r => r.Condition + " " + r.Length).Append(fallback));
}

using System.Globalization;

namespace SisterCities.Cms.Media;

/// <summary>
/// A rendition as asked for with the ImageSharp.Web / Umbraco query names: <c>width</c>, <c>height</c>,
/// <c>rmode</c>, <c>ranchor</c>, <c>rxy</c>, <c>format</c>, <c>quality</c>.
/// </summary>
public sealed record RenditionParameters
{
    public static readonly IReadOnlySet<string> Modes = new HashSet<string>(StringComparer.Ordinal) { "crop", "pad", "boxpad", "max", "min", "stretch" };

    public static readonly IReadOnlySet<string> Anchors = new HashSet<string>(StringComparer.Ordinal)
    {
        "center", "top", "bottom", "left", "right", "topleft", "topright", "bottomleft", "bottomright",
    };

    public static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal) { "webp", "jpg", "png" };

    public int? Width { get; init; }

    public int? Height { get; init; }

    public string Mode { get; init; } = "crop";

    public string Anchor { get; init; } = "center";

    /// <summary>Focal point as fractions (0..1) of width and height; null uses the item's own focal point.</summary>
    public (double X, double Y)? Rxy { get; init; }

    /// <summary>webp, jpg or png; null lets the Accept header and the original decide.</summary>
    public string? Format { get; init; }

    public int? Quality { get; init; }

    /// <summary>The query string these parameters are written as, in a fixed order (for URLs the library makes).</summary>
    public IEnumerable<KeyValuePair<string, string>> ToQuery()
    {
        if (Width is { } w)
        {
            yield return new("width", w.ToString(CultureInfo.InvariantCulture));
        }

        if (Height is { } h)
        {
            yield return new("height", h.ToString(CultureInfo.InvariantCulture));
        }

        if (Mode != "crop")
        {
            yield return new("rmode", Mode);
        }

        if (Anchor != "center")
        {
            yield return new("ranchor", Anchor);
        }

        if (Rxy is { } rxy)
        {
            yield return new("rxy", string.Create(CultureInfo.InvariantCulture, $"{rxy.X:0.####},{rxy.Y:0.####}"));
        }

        if (Format is not null)
        {
            yield return new("format", Format);
        }

        if (Quality is { } q)
        {
            yield return new("quality", q.ToString(CultureInfo.InvariantCulture));
        }
    }
}

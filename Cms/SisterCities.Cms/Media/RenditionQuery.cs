using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Media;

/// <summary>Reads and checks a rendition query string: unknown names, repeated names and out-of-range values are refused.</summary>
public static class RenditionQuery
{
    public const string Preset = "preset";
    public const string Hmac = "hmac";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "width", "height", "rmode", "ranchor", "rxy", "format", "quality", Preset, Hmac,
    };

    /// <summary>Parses the query; <paramref name="error"/> names the offending parameter when it returns null.</summary>
    public static RenditionParameters? Parse(IQueryCollection query, int maxDimension, out string? error)
    {
        error = null;
        foreach (var (name, values) in query)
        {
            if (!Known.Contains(name))
            {
                error = $"Unknown parameter '{name}'.";
                return null;
            }

            if (values.Count != 1)
            {
                error = $"Parameter '{name}' must appear once.";
                return null;
            }
        }

        var result = new RenditionParameters();
        if (query.TryGetValue(Preset, out var presetName))
        {
            if (!RenditionPresets.All.TryGetValue(presetName.ToString(), out var preset))
            {
                error = $"Unknown preset '{presetName}'; known: {string.Join(", ", RenditionPresets.All.Keys)}.";
                return null;
            }

            result = preset;
        }

        if (!TryDimension(query, "width", maxDimension, out var width, ref error) || !TryDimension(query, "height", maxDimension, out var height, ref error))
        {
            return null;
        }

        result = result with { Width = width ?? result.Width, Height = height ?? result.Height };
        if (query.TryGetValue("rmode", out var mode))
        {
            if (!RenditionParameters.Modes.Contains(mode.ToString()))
            {
                error = "Parameter 'rmode' must be one of crop, pad, boxpad, max, min, stretch.";
                return null;
            }

            result = result with { Mode = mode.ToString() };
        }

        if (query.TryGetValue("ranchor", out var anchor))
        {
            if (!RenditionParameters.Anchors.Contains(anchor.ToString()))
            {
                error = "Parameter 'ranchor' must be one of " + string.Join(", ", RenditionParameters.Anchors) + ".";
                return null;
            }

            result = result with { Anchor = anchor.ToString() };
        }

        if (query.TryGetValue("rxy", out var rxy))
        {
            var parts = rxy.ToString().Split(',');
            if (parts.Length != 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
                || x is < 0 or > 1 || y is < 0 or > 1)
            {
                error = "Parameter 'rxy' must be two fractions between 0 and 1, e.g. rxy=0.4,0.3.";
                return null;
            }

            result = result with { Rxy = (x, y) };
        }

        if (query.TryGetValue("format", out var format))
        {
            var value = format.ToString() == "jpeg" ? "jpg" : format.ToString();
            if (!RenditionParameters.Formats.Contains(value))
            {
                error = "Parameter 'format' must be webp, jpg or png.";
                return null;
            }

            result = result with { Format = value };
        }

        if (query.TryGetValue("quality", out var quality))
        {
            if (!int.TryParse(quality, NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q is < 1 or > 100)
            {
                error = "Parameter 'quality' must be a whole number from 1 to 100.";
                return null;
            }

            result = result with { Quality = q };
        }

        return result;
    }

    /// <summary>True when the query may be served without a signature: nothing, or a preset with at most a format.</summary>
    public static bool IsUnsignedAllowed(IQueryCollection query) =>
        query.Count == 0 || (query.ContainsKey(Preset) && query.Keys.All(k => k is Preset or "format"));

    private static bool TryDimension(IQueryCollection query, string name, int max, out int? value, ref string? error)
    {
        value = null;
        if (!query.TryGetValue(name, out var raw))
        {
            return true;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            error = $"Parameter '{name}' must be a whole number from 1 to {max}.";
            return false;
        }

        value = number;
        return true;
    }
}

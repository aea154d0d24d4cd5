using System.Globalization;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>WCAG 2.x contrast ratio of two sRGB colours written <c>#rrggbb</c> (relative luminance, 1:1 to 21:1).</summary>
public static class ContrastRatio
{
    /// <summary>WCAG AA for normal-size text (success criterion 1.4.3).</summary>
    public const double TextMinimum = 4.5;

    public static double Between(string first, string second)
    {
        var a = Luminance(Parse(first));
        var b = Luminance(Parse(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>The ratio as WCAG documents write it, rounded down so a shown 4.50:1 never hides a 4.499.</summary>
    public static string Format(double ratio) =>
        (Math.Floor(ratio * 100) / 100).ToString("0.00", CultureInfo.InvariantCulture) + ":1";

    /// <summary>True for <c>#rrggbb</c> (the form <c>&lt;input type=color&gt;</c> sends).</summary>
    public static bool IsHexColour(string? value) =>
        value is { Length: 7 } && value[0] == '#' && value.AsSpan(1).ContainsAnyExcept("0123456789abcdefABCDEF") == false;

    private static (double R, double G, double B) Parse(string colour)
    {
        if (!IsHexColour(colour))
        {
            throw new FormatException($"'{colour}' is not a #rrggbb colour.");
        }

        var rgb = int.Parse(colour.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private static double Luminance((double R, double G, double B) colour) =>
        (0.2126 * Channel(colour.R)) + (0.7152 * Channel(colour.G)) + (0.0722 * Channel(colour.B));

    private static double Channel(double value)
    {
        var c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}

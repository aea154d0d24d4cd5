using System.Globalization;
using System.Net;
using System.Text;

namespace SisterCities.Cms.Partnerships.Map;

/// <summary>
/// Draws a city's partnerships as a self-contained SVG: Ukraine's oblasts from the shipped boundaries,
/// the city's oblast highlighted, a line to each partner. Europe and its neighbours fit the frame; partners
/// farther away are named in a caption instead. Presentation attributes only (no style attributes), so the
/// file obeys our CSP when opened on its own.
/// </summary>
public static class PartnershipMapSvg
{
    private const double LonMin = -25, LonMax = 60, LatMin = 28, LatMax = 68;
    private const double Width = 900;
    private static readonly double XScale = Width / (LonMax - LonMin);
    private static readonly double YScale = XScale / Math.Cos(48 * Math.PI / 180);
    private static readonly double Height = Math.Round((LatMax - LatMin) * YScale);

    public sealed record Point(string Label, double Lat, double Lon, bool Approximate);

    public static string Render(string title, string description, string? oblastCode, Point? city, IReadOnlyList<Point> partners, OblastShapes shapes)
    {
        var svg = new StringBuilder(64 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"map-title map-desc\">");
        svg.Append("<title id=\"map-title\">").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        svg.Append("<desc id=\"map-desc\">").Append(WebUtility.HtmlEncode(description)).Append("</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#eef4f8\"/>");
        AppendGraticule(svg);
        foreach (var oblast in shapes.ByCode.Values)
        {
            var fill = oblast.Code == oblastCode ? "#1f5fa8" : "#ffd94d";
            foreach (var ring in oblast.Rings)
            {
                svg.Append("<path fill=\"").Append(fill).Append("\" stroke=\"#5a6470\" stroke-width=\"0.4\" d=\"");
                AppendRing(svg, ring);
                svg.Append("\"/>");
            }
        }

        var farAway = new List<string>();
        foreach (var partner in partners)
        {
            if (!InFrame(partner))
            {
                farAway.Add(partner.Label);
                continue;
            }

            var (x, y) = Project(partner.Lat, partner.Lon);
            if (city is not null)
            {
                var (cx, cy) = Project(city.Lat, city.Lon);
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx:0.#}\" y1=\"{cy:0.#}\" x2=\"{x:0.#}\" y2=\"{y:0.#}\" stroke=\"#1f5fa8\" stroke-width=\"1\" stroke-opacity=\"0.6\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(partner.Approximate ? 3.5 : 4.5)}\" fill=\"#b3261e\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 6:0.#}\" y=\"{y + 4:0.#}\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1b1b1b\">")
                .Append(WebUtility.HtmlEncode(partner.Label)).Append("</text>");
        }

        if (city is not null)
        {
            var (cx, cy) = Project(city.Lat, city.Lon);
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{cx:0.#}\" cy=\"{cy:0.#}\" r=\"6\" fill=\"#ffffff\" stroke=\"#1f5fa8\" stroke-width=\"3\"/>");
        }

        if (farAway.Count > 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{Height - 12}\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1b1b1b\">")
                .Append(WebUtility.HtmlEncode("+ " + string.Join(", ", farAway))).Append("</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static bool InFrame(Point p) => p.Lat is > LatMin and < LatMax && p.Lon is > LonMin and < LonMax;

    private static (double X, double Y) Project(double lat, double lon) => ((lon - LonMin) * XScale, (LatMax - lat) * YScale);

    private static void AppendRing(StringBuilder svg, List<(double Lon, double Lat)> ring)
    {
        // One point in four is plenty at this scale and keeps the file small.
        for (var i = 0; i < ring.Count; i += 4)
        {
            var (x, y) = Project(ring[i].Lat, ring[i].Lon);
            svg.Append(i == 0 ? 'M' : 'L').Append(x.ToString("0.#", CultureInfo.InvariantCulture)).Append(',').Append(y.ToString("0.#", CultureInfo.InvariantCulture));
        }

        svg.Append('Z');
    }

    private static void AppendGraticule(StringBuilder svg)
    {
        svg.Append("<g stroke=\"#c9d6e0\" stroke-width=\"0.5\">");
        for (var lon = -20; lon <= 60; lon += 10)
        {
            var (x, _) = Project(LatMin, lon);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{Height}\"/>");
        }

        for (var lat = 30; lat <= 60; lat += 10)
        {
            var (_, y) = Project(lat, LonMin);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{y:0.#}\" x2=\"{Width}\" y2=\"{y:0.#}\"/>");
        }

        svg.Append("</g>");
    }
}

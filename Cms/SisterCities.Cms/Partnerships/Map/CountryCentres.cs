namespace SisterCities.Cms.Partnerships.Map;

/// <summary>
/// Approximate geographic centres (latitude, longitude) of the countries our partner cities are in. The map
/// places a partner city here until an editor records its own coordinates, and says so in its caption.
/// </summary>
public static class CountryCentres
{
    private static readonly Dictionary<string, (double Lat, double Lon)> Centres = new(StringComparer.Ordinal)
    {
        ["AL"] = (41.2, 20.2),
        ["AM"] = (40.1, 45.0),
        ["AT"] = (47.5, 14.6),
        ["AZ"] = (40.1, 47.6),
        ["BA"] = (43.9, 17.7),
        ["BE"] = (50.5, 4.5),
        ["BG"] = (42.7, 25.5),
        ["CA"] = (56.1, -106.3),
        ["CH"] = (46.8, 8.2),
        ["CN"] = (35.9, 104.2),
        ["CY"] = (35.1, 33.4),
        ["CZ"] = (49.8, 15.5),
        ["DE"] = (51.2, 10.5),
        ["DK"] = (56.3, 9.5),
        ["EE"] = (58.6, 25.0),
        ["ES"] = (40.5, -3.7),
        ["FI"] = (61.9, 25.7),
        ["FR"] = (46.2, 2.2),
        ["GB"] = (54.0, -2.0),
        ["GE"] = (42.3, 43.4),
        ["GR"] = (39.1, 21.8),
        ["HR"] = (45.1, 15.2),
        ["HU"] = (47.2, 19.5),
        ["IE"] = (53.4, -8.2),
        ["IL"] = (31.0, 34.9),
        ["IS"] = (64.9, -19.0),
        ["IT"] = (41.9, 12.6),
        ["JE"] = (49.2, -2.1),
        ["JP"] = (36.2, 138.3),
        ["KR"] = (35.9, 127.8),
        ["KZ"] = (48.0, 66.9),
        ["LT"] = (55.2, 23.9),
        ["LU"] = (49.8, 6.1),
        ["LV"] = (56.9, 24.6),
        ["MD"] = (47.4, 28.4),
        ["ME"] = (42.7, 19.4),
        ["MK"] = (41.6, 21.7),
        ["MT"] = (35.9, 14.4),
        ["MX"] = (23.6, -102.6),
        ["NL"] = (52.1, 5.3),
        ["NO"] = (60.5, 8.5),
        ["PL"] = (51.9, 19.1),
        ["PT"] = (39.4, -8.2),
        ["RO"] = (45.9, 25.0),
        ["RS"] = (44.0, 21.0),
        ["SE"] = (60.1, 18.6),
        ["SI"] = (46.2, 15.0),
        ["SK"] = (48.7, 19.7),
        ["TR"] = (39.0, 35.2),
        ["US"] = (39.8, -98.6),
        ["UZ"] = (41.4, 64.6),
        ["AU"] = (-25.3, 133.8),
        ["BR"] = (-14.2, -51.9),
        ["AR"] = (-38.4, -63.6),
        ["IN"] = (20.6, 79.0),
    };

    public static bool TryGet(string countryCode, out (double Lat, double Lon) centre) => Centres.TryGetValue(countryCode, out centre);
}

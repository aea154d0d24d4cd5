using System.Text.Json;
using SisterCities.Cms.OpenData;

namespace SisterCities.Cms.Partnerships.Map;

/// <summary>
/// Oblast outlines from the shipped GeoJSON (WGS 84), keyed by the oblast's KATOTTG code, read once.
/// Only outer rings are kept: at map scale the holes do not show.
/// </summary>
public sealed class OblastShapes
{
    private static readonly Lazy<OblastShapes> Shared = new(() => Load(OpenDataFiles.OblastBoundaries));

    private OblastShapes(IReadOnlyDictionary<string, Oblast> byCode) => ByCode = byCode;

    public static OblastShapes Instance => Shared.Value;

    public IReadOnlyDictionary<string, Oblast> ByCode { get; }

    public static OblastShapes Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var byCode = new Dictionary<string, Oblast>(StringComparer.Ordinal);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            if (!properties.TryGetProperty("katotth", out var code) || code.GetString() is not { } katotth)
            {
                continue;
            }

            var geometry = feature.GetProperty("geometry");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? geometry.GetProperty("coordinates").EnumerateArray().Select(p => p[0]).ToList()
                : [geometry.GetProperty("coordinates")[0]];
            var rings = polygons.Select(ring => ring.EnumerateArray().Select(pt => (Lon: pt[0].GetDouble(), Lat: pt[1].GetDouble())).ToList()).ToList();
            var nameEn = properties.TryGetProperty("name:en", out var en) ? en.GetString() : null;
            byCode[katotth] = new Oblast(katotth, nameEn, rings);
        }

        return new OblastShapes(byCode);
    }

    public sealed record Oblast(string Code, string? NameEn, IReadOnlyList<List<(double Lon, double Lat)>> Rings)
    {
        /// <summary>The mean of the largest ring's points: inside the oblast for these compact shapes.</summary>
        public (double Lat, double Lon) Centre
        {
            get
            {
                var ring = Rings.MaxBy(r => r.Count)!;
                return (ring.Average(p => p.Lat), ring.Average(p => p.Lon));
            }
        }
    }
}

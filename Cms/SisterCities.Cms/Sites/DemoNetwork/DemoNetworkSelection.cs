using SisterCities.Cms.Sites.Import;

namespace SisterCities.Cms.Sites.DemoNetwork;

/// <summary>
/// Which real municipalities make up the demo network, by a fixed rule (the codifier has no population to rank by):
/// 1. Kyiv and the centre of every oblast (24, temporarily occupied ones included: they are real municipalities);
/// 2. every Ukrainian city of the shipped twin-towns list, so partnerships have their sites;
/// 3. hromadas whose centre is a city (category M), by key in ordinal order, until <see cref="TargetCount"/>.
/// </summary>
public static class DemoNetworkSelection
{
    public const int TargetCount = 120;

    public static IReadOnlyList<PlannedSite> Choose(IReadOnlyList<PlannedSite> all, IEnumerable<(string CityUk, string OblastEn)> twinTownCities)
    {
        var chosen = new List<PlannedSite>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        void Take(PlannedSite site)
        {
            if (chosen.Count < TargetCount && codes.Add(site.KatottgCode))
            {
                chosen.Add(site);
            }
        }

        foreach (var centre in all.Where(s => s.IsOblastCentre).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Take(centre);
        }

        foreach (var (cityUk, oblastEn) in twinTownCities)
        {
            var match = FindTwinTownCity(all, cityUk, oblastEn);
            if (match is not null)
            {
                Take(match);
            }
        }

        foreach (var city in all.Where(s => s.Source.CentreCategory == "M").OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Take(city);
        }

        return chosen;
    }

    /// <summary>
    /// The twin-towns list names a city and its oblast in conventional English ("Lviv Oblast"); the codifier's
    /// transliterated oblast ("Lvivska Oblast") shares its first four letters, which tells namesakes apart.
    /// </summary>
    public static PlannedSite? FindTwinTownCity(IReadOnlyList<PlannedSite> all, string cityUk, string oblastEn)
    {
        var name = NormalizeApostrophes(cityUk.Trim());
        var candidates = all.Where(s => NormalizeApostrophes(s.NameUk) == name).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.SingleOrDefault();
        }

        var oblastPrefix = oblastEn.Length >= 4 ? oblastEn[..4] : oblastEn;
        return candidates
            .OrderByDescending(s => s.OblastNameEn.StartsWith(oblastPrefix, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(s => s.IsOblastCentre)
            .ThenByDescending(s => s.Source.CentreCategory == "M")
            .First();
    }

    /// <summary>Reads the Ukrainian city and oblast columns of twin-towns.csv (comma-separated, header first).</summary>
    public static IEnumerable<(string CityUk, string OblastEn)> ReadTwinTownCities(string path) =>
        File.ReadLines(path).Skip(1)
            .Select(line => line.Split(','))
            .Where(columns => columns.Length >= 3 && columns[0].Length > 0)
            .Select(columns => (columns[0], columns[2]))
            .Distinct();

    private static string NormalizeApostrophes(string text) =>
        new(text.Select(c => Text.UkrainianTransliteration.IsApostrophe(c) ? '’' : c).ToArray());
}

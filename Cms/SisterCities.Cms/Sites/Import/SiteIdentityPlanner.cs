using SisterCities.Cms.Text;

namespace SisterCities.Cms.Sites.Import;

/// <summary>
/// Turns codifier municipalities into site identities. The site is named after its centre (Львів, not
/// Львівська); the English name is the official transliteration (KMU resolution 55/2010); the key is the slug
/// of the English name, made unique deterministically over the whole list: among namesakes the oblast centre (or
/// else the only city among them) keeps the plain key; the others get the oblast's slug appended, then the
/// raion's, then the KATOTTG code.
/// The same list always gives the same keys, so the import and the demo seed agree.
/// </summary>
public static class SiteIdentityPlanner
{
    public const string KyivOblastNameUk = "місто Київ";
    public const string KyivOblastNameEn = "Kyiv City";

    /// <summary>
    /// Oblasts whose name is not the adjective of their centre: two are named after regions (Volyn,
    /// Transcarpathia), two after cities since renamed (the oblast names are fixed in the Constitution).
    /// Every other oblast's centre is its city hromada of the same name. Kyiv oblast's centre is Kyiv (K).
    /// </summary>
    private static readonly Dictionary<string, string> CentreHromadaOfOblast = new(StringComparer.Ordinal)
    {
        ["Волинська"] = "Луцька",
        ["Закарпатська"] = "Ужгородська",
        ["Дніпропетровська"] = "Дніпровська",
        ["Кіровоградська"] = "Кропивницька",
    };

    public static IReadOnlyList<PlannedSite> Plan(IEnumerable<CodifierHromada> municipalities)
    {
        var sorted = municipalities.OrderBy(m => m.KatottgCode, StringComparer.Ordinal).ToList();
        var baseKeys = sorted.ToDictionary(m => m.KatottgCode, m => Slug.From(UkrainianTransliteration.ToLatin(m.CentreNameUk)), StringComparer.Ordinal);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in sorted.GroupBy(m => baseKeys[m.KatottgCode], StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1)
            {
                keys[members[0].KatottgCode] = group.Key;
                continue;
            }

            // One namesake may keep the plain key: the oblast centre, else the only city (M) among them.
            var cities = members.Where(m => m.CentreCategory == "M").ToList();
            var holder = members.FirstOrDefault(IsOblastCentre) ?? (cities.Count == 1 ? cities[0] : null);
            var others = members.Where(m => m != holder).ToList();
            if (holder is not null)
            {
                keys[holder.KatottgCode] = group.Key;
            }

            foreach (var member in others)
            {
                keys[member.KatottgCode] = group.Key + "-" + Slug.From(member.OblastNameUk);
            }

            Disambiguate(others, keys, m => m.RaionNameUk is null ? null : Slug.From(m.RaionNameUk));
            Disambiguate(others, keys, m => m.KatottgCode.ToLowerInvariant());
        }

        return sorted.Select(m => new PlannedSite(
            keys[m.KatottgCode],
            m.CentreNameUk,
            UkrainianTransliteration.ToLatin(m.CentreNameUk),
            m.HromadaNameUk,
            m.KatottgCode,
            m.OblastCode,
            m.IsSpecialStatusCity ? KyivOblastNameUk : m.OblastNameUk + " область",
            m.IsSpecialStatusCity ? KyivOblastNameEn : UkrainianTransliteration.ToLatin(m.OblastNameUk) + " Oblast",
            IsOblastCentre(m),
            m)).ToList();
    }

    /// <summary>Kyiv, and the city hromada named like its oblast (Львівська in Львівська область).</summary>
    public static bool IsOblastCentre(CodifierHromada m) =>
        m.IsSpecialStatusCity
        || (m.CentreCategory == "M"
            && (m.HromadaNameUk == m.OblastNameUk || CentreHromadaOfOblast.GetValueOrDefault(m.OblastNameUk) == m.HromadaNameUk));

    private static void Disambiguate(List<CodifierHromada> members, Dictionary<string, string> keys, Func<CodifierHromada, string?> suffix)
    {
        foreach (var clash in members.GroupBy(m => keys[m.KatottgCode], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var member in clash)
            {
                var extra = suffix(member);
                if (extra is not null)
                {
                    keys[member.KatottgCode] += "-" + extra;
                }
            }
        }
    }
}

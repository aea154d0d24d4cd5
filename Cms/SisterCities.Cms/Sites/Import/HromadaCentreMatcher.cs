using System.Text;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.Sites.Import;

/// <summary>
/// Finds a hromada's administrative centre among the settlements listed under it. Hromada names are adjectives
/// made from the centre's name (Львів → Львівська, Луцьк → Луцька, Запоріжжя → Запорізька, Прилуки → Прилуцька,
/// Жовті Води → Жовтоводська), so the two are compared on a consonant skeleton that absorbs Ukrainian's
/// alternations: vowels, й, ь, apostrophes, spaces and hyphens are dropped (і/о/е alternate: Вишневе → Вишнівська);
/// г ґ ж з are one class (Кривий Ріг → Криворізька, Запоріжжя → Запорізька), к ц ч are one class
/// (Прилуки → Прилуцька), с ш щ are one class; doubled consonants collapse (Запоріжжя).
/// Measured on the 2025-07-02 codifier: 1,418 of 1,469 hromadas match by name; see docs/sites.md.
/// </summary>
public static class HromadaCentreMatcher
{
    private const string Dropped = "аеєиіїоуюяйь";

    /// <summary>Chooses the centre: the first listed settlement whose name matches; else the first listed one.</summary>
    public static (string Name, string? Category, CentreMatch Match) Choose(string hromadaName, IReadOnlyList<(string Name, string Category)> settlements)
    {
        foreach (var settlement in settlements)
        {
            if (Matches(hromadaName, settlement.Name))
            {
                return (settlement.Name, settlement.Category, CentreMatch.NameMatch);
            }
        }

        // The codifier numbers a hromada's centre first; a centre renamed after the hromada keeps that place.
        return settlements.Count > 0
            ? (settlements[0].Name, settlements[0].Category, CentreMatch.FirstListedSettlement)
            : (hromadaName, null, CentreMatch.HromadaName);
    }

    /// <summary>True when <paramref name="settlementName"/> is the name the adjective <paramref name="hromadaName"/> was made from.</summary>
    public static bool Matches(string hromadaName, string settlementName)
    {
        var lower = hromadaName.Trim().ToLowerInvariant();

        // -ська, -цька, -зька: the с/ц/з stays, it carries the stem's last consonant (Луцьк → Луцька).
        var stem = Skeleton(lower.EndsWith("ька", StringComparison.Ordinal) ? lower[..^3] : lower);
        var settlement = Skeleton(settlementName);
        if (IsStemOf(stem, settlement))
        {
            return true;
        }

        // The suffix -ка/-ки/-ці/-ха merges into the adjective's -ська/-цька (Жмеринка → Жмеринська,
        // Волноваха → Волноваська, Баранинці → Баранинська): try once more without that consonant.
        return settlement.Length > 2 && settlement[^1] is 'к' or 'х' && IsStemOf(stem, settlement[..^1]);
    }

    /// <summary>The consonant skeleton used for comparison (lower-case Cyrillic, alternating letters folded).</summary>
    public static string Skeleton(string name)
    {
        var result = new StringBuilder(name.Length);
        foreach (var raw in name.ToLowerInvariant())
        {
            if (!char.IsLetter(raw) || UkrainianTransliteration.IsApostrophe(raw) || Dropped.Contains(raw, StringComparison.Ordinal))
            {
                continue;
            }

            var c = raw switch
            {
                'г' or 'ґ' or 'ж' => 'з',
                'ц' or 'ч' => 'к',
                'ш' or 'щ' => 'с',
                _ => raw,
            };
            if (result.Length > 0 && result[^1] == c)
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    private static bool IsStemOf(string stem, string settlement) =>
        // The settlement may carry one more consonant (Чорноморськ → Чорноморська), or the adjective up to two
        // more (Ічня → Ічнянська, Дніпро → Дніпровська).
        (settlement.StartsWith(stem, StringComparison.Ordinal) && settlement.Length - stem.Length <= 1)
        || (settlement.Length >= 2 && stem.StartsWith(settlement, StringComparison.Ordinal) && stem.Length - settlement.Length <= 2);
}

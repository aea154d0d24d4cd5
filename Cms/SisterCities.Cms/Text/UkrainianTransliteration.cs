using System.Text;

namespace SisterCities.Cms.Text;

/// <summary>
/// The official Ukrainian-to-Latin transliteration: Resolution of the Cabinet of Ministers of Ukraine
/// No. 55 of 27 January 2010. Used for site keys, English place names, URL slugs and the search index's
/// Latin field, so that "Kharkiv" finds "Харків".
/// </summary>
public static class UkrainianTransliteration
{
    // Letters whose Latin form depends on the position: the first form is used at the start of a word,
    // the second elsewhere (the resolution's table, rows є ї й ю я).
    private static readonly Dictionary<char, (string Initial, string Inner)> Positional = new()
    {
        ['є'] = ("ye", "ie"),
        ['ї'] = ("yi", "i"),
        ['й'] = ("y", "i"),
        ['ю'] = ("yu", "iu"),
        ['я'] = ("ya", "ia"),
    };

    private static readonly Dictionary<char, string> Plain = new()
    {
        ['а'] = "a",
        ['б'] = "b",
        ['в'] = "v",
        ['г'] = "h",
        ['ґ'] = "g",
        ['д'] = "d",
        ['е'] = "e",
        ['ж'] = "zh",
        ['з'] = "z",
        ['и'] = "y",
        ['і'] = "i",
        ['к'] = "k",
        ['л'] = "l",
        ['м'] = "m",
        ['н'] = "n",
        ['о'] = "o",
        ['п'] = "p",
        ['р'] = "r",
        ['с'] = "s",
        ['т'] = "t",
        ['у'] = "u",
        ['ф'] = "f",
        ['х'] = "kh",
        ['ц'] = "ts",
        ['ч'] = "ch",
        ['ш'] = "sh",
        ['щ'] = "shch",
        // The soft sign and the apostrophe are not transliterated.
        ['ь'] = "",
    };

    /// <summary>Apostrophe look-alikes that occur in Ukrainian text (' ’ ʼ ` ‘ ′).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '`' or '‘' or '′' or 'ˈ';

    public static string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var upper = c != lower;
            string? latin;
            if (IsApostrophe(c) && IsCyrillicLetter(Previous(text, i)) && IsCyrillicLetter(Next(text, i)))
            {
                continue;
            }

            if (lower == 'г' && i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з')
            {
                // "зг" becomes "zgh" so it is not read as "zh" (Згорани → Zghorany).
                latin = "gh";
            }
            else if (Positional.TryGetValue(lower, out var forms))
            {
                latin = IsWordStart(text, i) ? forms.Initial : forms.Inner;
            }
            else if (!Plain.TryGetValue(lower, out latin))
            {
                result.Append(c);
                continue;
            }

            if (latin.Length == 0)
            {
                continue;
            }

            if (upper)
            {
                // A capital keeps only its first Latin letter upper-case unless the whole word is upper-case.
                var wholeWordUpper = IsUpperWord(text, i);
                result.Append(wholeWordUpper ? latin.ToUpperInvariant() : char.ToUpperInvariant(latin[0]) + latin[1..]);
            }
            else
            {
                result.Append(latin);
            }
        }

        return result.ToString();
    }

    public static bool ContainsCyrillic(string text) => text.Any(IsCyrillicLetter);

    public static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u04FF';

    private static char Previous(string text, int i) => i > 0 ? text[i - 1] : ' ';

    private static char Next(string text, int i) => i + 1 < text.Length ? text[i + 1] : ' ';

    private static bool IsWordStart(string text, int i)
    {
        // An apostrophe inside a word does not start a new word: Знам’янка → Znamianka.
        var j = i - 1;
        while (j >= 0 && IsApostrophe(text[j]))
        {
            j--;
        }

        return j < 0 || !char.IsLetter(text[j]);
    }

    private static bool IsUpperWord(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = i;
        while (end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            end++;
        }

        if (end == start)
        {
            return false;
        }

        for (var k = start; k <= end; k++)
        {
            if (char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Text;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Text;

namespace SisterCities.Cms.PublicSite.Landing;

/// <summary>
/// Finds a city by any spelling of its name: Ukrainian (<c>Харків</c>), its English name (<c>Kharkiv</c>) and
/// the official transliteration of the Ukrainian name, case-insensitive, apostrophe variants folded. The same
/// normalized text feeds the landing page's live filter, so typing gives what the server would answer.
/// </summary>
public static class CityNameMatcher
{
    public static string SearchTextFor(SiteSummary site)
    {
        var forms = new[] { site.NameUk, site.NameEn, UkrainianTransliteration.ToLatin(site.NameUk) };
        return string.Join(" | ", forms.Select(Normalize).Distinct(StringComparer.Ordinal));
    }

    public static bool Matches(string searchText, string? query)
    {
        var needle = Normalize(query ?? "");
        if (needle.Length == 0)
        {
            return true;
        }

        return searchText.Contains(needle, StringComparison.Ordinal)
               || (UkrainianTransliteration.ContainsCyrillic(needle)
                   && searchText.Contains(Normalize(UkrainianTransliteration.ToLatin(needle)), StringComparison.Ordinal));
    }

    public static string Normalize(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && result.Length > 0)
            {
                result.Append(' ');
            }

            space = false;
            result.Append(UkrainianTransliteration.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }
}

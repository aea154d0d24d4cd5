using System.Globalization;
using System.Text;

namespace SisterCities.Cms.Text;

/// <summary>Readable, ASCII URL segments: Ukrainian is transliterated officially, everything else folded to a-z0-9 and dashes.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var latin = UkrainianTransliteration.ToLatin(text).Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(latin.Length);
        var dash = false;
        foreach (var c in latin)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || UkrainianTransliteration.IsApostrophe(c))
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(lower);
                dash = false;
            }
            else if (!dash && slug.Length > 0)
            {
                slug.Append('-');
                dash = true;
            }

            if (slug.Length >= MaxLength)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "item" : result;
    }

    /// <summary>True for a slug this CMS could have produced; anything else in a URL cannot match content.</summary>
    public static bool IsWellFormed(string segment) =>
        segment.Length is > 0 and <= MaxLength + 8 && segment.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
}

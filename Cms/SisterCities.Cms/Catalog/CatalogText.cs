using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SisterCities.Cms.Catalog;

/// <summary>
/// Every catalog text is plain text: stored as typed (HTML in a name stays literal characters) and encoded
/// where it is written out (JSON escapes &lt; and &gt;, Razor encodes). Here input is normalised (NFC, trimmed,
/// control characters removed) and length limits are checked.
/// </summary>
public static partial class CatalogText
{
    public const int NameMax = 200;
    public const int TaglineMax = 300;
    public const int DescriptionMax = 20_000;
    public const int ShortMax = 500;
    public const int ReasonMax = 2_000;
    public const int MessageMax = 10_000;
    public const int EmailMax = 254;

    /// <summary>Cleans a single-line value; returns null for null or blank. Checks the limit on the cleaned text.</summary>
    public static string? Line(CatalogErrors errors, string field, string? value, int max, bool required = false) =>
        Clean(errors, field, value, max, required, multiline: false);

    /// <summary>Like <see cref="Line"/> but keeps line breaks and tabs.</summary>
    public static string? Block(CatalogErrors errors, string field, string? value, int max, bool required = false) =>
        Clean(errors, field, value, max, required, multiline: true);

    public static bool IsEmail(string? value) =>
        value is not null && value.Length <= EmailMax && EmailPattern().IsMatch(value);

    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>A culture key of a text dictionary: two or three lower-case letters (uk, en, pl, de).</summary>
    public static bool IsCulture(string? value) => value is { Length: 2 or 3 } && value.All(char.IsAsciiLetterLower);

    private static string? Clean(CatalogErrors errors, string field, string? value, int max, bool required, bool multiline)
    {
        // Refuse oversized input before normalising it: a 5 MB "description" is not worth the work.
        if (value is not null && value.Length > max * 2)
        {
            errors.Add(field, $"At most {max} characters.");
            return null;
        }

        var cleaned = value is null ? null : Normalize(value, multiline);
        if (string.IsNullOrEmpty(cleaned))
        {
            if (required)
            {
                errors.Add(field, "Required.");
            }

            return null;
        }

        if (cleaned.Length > max)
        {
            errors.Add(field, $"At most {max} characters.");
            return null;
        }

        return cleaned;
    }

    private static string Normalize(string value, bool multiline)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (multiline && c is '\n' or '\t')
            {
                builder.Append(c);
            }
            else if (multiline && c == '\r')
            {
                // CR LF and lone CR become LF: one line-break convention in storage.
                if (!value.Contains('\n', StringComparison.Ordinal))
                {
                    builder.Append('\n');
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                builder.Append(' ');
            }
            else if (category is not UnicodeCategory.Control and not UnicodeCategory.Format)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// A public URL path split into culture and the item's URL path. <c>/en/news</c> is English <c>/news</c>;
/// <c>/news</c> is the default culture; <c>/uk/news</c> (the default culture spelled out) asks for a redirect.
/// </summary>
/// <param name="Culture">The culture the path selects.</param>
/// <param name="UrlPath">The item's path below the culture root, without trailing slash (<c>/</c> for home).</param>
/// <param name="RedirectToUnprefixed">True when the default culture was given as a prefix.</param>
public sealed record PublicPath(string Culture, string UrlPath, bool RedirectToUnprefixed)
{
    /// <summary>Longer than any stored URL path (the column holds 1,000 characters): cannot match content.</summary>
    public const int MaxLength = 1000;

    /// <summary>Null for a path that can never name content (too long, control characters, broken UTF-16): a 404.</summary>
    public static PublicPath? Parse(string? path, IReadOnlyList<string> cultures, string defaultCulture)
    {
        path = string.IsNullOrEmpty(path) ? "/" : path;
        if (path.Length > MaxLength || !IsClean(path))
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        var first = end < 0 ? path[1..] : path[1..end];
        if (first.Length > 0 && cultures.Contains(first, StringComparer.Ordinal))
        {
            var rest = end < 0 ? "/" : path[end..];
            return new PublicPath(first, Trim(rest), first == defaultCulture);
        }

        return new PublicPath(defaultCulture, Trim(path), false);
    }

    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/" : path;

    // PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded: neither can be in a stored path.
    private static bool IsClean(string path)
    {
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (char.IsControl(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }
}

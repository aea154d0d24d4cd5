namespace SisterCities.Cms.Delivery;

/// <summary>
/// The <c>properties[…]</c> part of <c>fields</c> and <c>expand</c>: all properties, none, or named ones,
/// each optionally with a nested selection (<c>properties[author[properties[name]]]</c>).
/// </summary>
internal sealed class PropertySelection
{
    public static readonly PropertySelection All = new(true, new Dictionary<string, PropertySelection>());
    public static readonly PropertySelection None = new(false, new Dictionary<string, PropertySelection>());

    private PropertySelection(bool all, IReadOnlyDictionary<string, PropertySelection> named)
    {
        IsAll = all;
        Named = named;
    }

    public bool IsAll { get; }

    public IReadOnlyDictionary<string, PropertySelection> Named { get; }

    public bool Includes(string alias) => IsAll || Named.ContainsKey(alias);

    /// <summary>Parses <c>properties[$all]</c>, <c>properties[a,b[properties[c]]]</c>; Umbraco v1's <c>all</c> is accepted too.</summary>
    public static bool TryParse(string text, out PropertySelection selection)
    {
        selection = None;
        text = text.Trim();
        if (text == "all")
        {
            selection = All;
            return true;
        }

        const string prefix = "properties[";
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || !text.EndsWith(']'))
        {
            return false;
        }

        var inner = text[prefix.Length..^1].Trim();
        if (inner == "$all")
        {
            selection = All;
            return true;
        }

        var named = new Dictionary<string, PropertySelection>(StringComparer.Ordinal);
        foreach (var part in SplitTopLevel(inner))
        {
            if (part is null)
            {
                return false;
            }

            var open = part.IndexOf('[', StringComparison.Ordinal);
            var alias = (open < 0 ? part : part[..open]).Trim();
            if (alias.Length == 0 || !alias.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }

            var nested = None;
            if (open >= 0)
            {
                if (!part.EndsWith(']') || !TryParse(part[(open + 1)..^1], out nested))
                {
                    return false;
                }
            }

            named[alias] = nested;
        }

        selection = named.Count == 0 ? None : new PropertySelection(false, named);
        return true;
    }

    /// <summary>Splits on commas outside brackets; yields null for an unbalanced part.</summary>
    private static IEnumerable<string?> SplitTopLevel(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth < 0)
            {
                yield return null;
                yield break;
            }

            if (text[i] == ',' && depth == 0)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }

        yield return depth == 0 ? text[start..] : null;
    }
}

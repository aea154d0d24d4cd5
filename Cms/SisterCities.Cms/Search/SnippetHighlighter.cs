using System.Text;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary>
/// Marks the query's words in a title or snippet with <c>&lt;mark&gt;</c>, everything else HTML-encoded. A word of the
/// text is marked when any of the query's analyses matches it (Ukrainian stems, English stems, Latin prefix), so
/// "Львові" is marked for the query "Львів" and "Харківський" for "Kharkiv", which Lucene's term highlighter cannot do
/// with n-gram fields. The text is tokenized once; what each analysis makes of a word comes from
/// <see cref="TokenTermsCache"/>, so hunspell does not run over every snippet of every search.
/// </summary>
internal sealed class SnippetHighlighter
{
    private const int AnalyzedChars = 1200;
    private const int SnippetLength = 220;
    private readonly TokenTermsCache _tokens;
    private readonly HashSet<string> _uk = new(StringComparer.Ordinal);
    private readonly HashSet<string> _en = new(StringComparer.Ordinal);
    private readonly List<string> _latin = [];

    public SnippetHighlighter(IReadOnlyList<string> words, SearchAnalyzers analyzers)
    {
        _tokens = analyzers.Tokens;
        foreach (var word in words)
        {
            // Like the query: a Cyrillic word is marked through its Ukrainian stems (and Latin prefix), a Latin word
            // through English stems.
            var terms = _tokens.Of(word);
            if (Text.UkrainianTransliteration.ContainsCyrillic(word))
            {
                _uk.UnionWith(terms.Ukrainian);
            }
            else
            {
                _en.UnionWith(terms.English);
            }

            _latin.AddRange(terms.Latin.Where(t => t.Length >= 3));
        }
    }

    /// <summary>The whole title, encoded, with matches marked.</summary>
    public string Title(string title) => Render(title, 0, title.Length, Matches(title, stopAfterFirst: false));

    /// <summary>About <see cref="SnippetLength"/> characters around the first match (or the beginning), encoded, marked.</summary>
    public string Snippet(string text)
    {
        var analyzed = text.Length > AnalyzedChars ? text[..AnalyzedChars] : text;
        var matches = Matches(analyzed, stopAfterFirst: true);
        var start = matches.Count == 0 ? 0 : Math.Max(0, matches[0].Start - 60);
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < matches[0].Start ? space + 1 : start;
        }

        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        var html = Render(text, start, end, matches);
        return (start > 0 ? "… " : "") + html + (end < text.Length ? " …" : "");
    }

    /// <summary>
    /// The words to mark. For a snippet, words more than <see cref="SnippetLength"/> characters past the first match
    /// cannot be shown (the snippet starts at or before it), so tokenizing stops there.
    /// </summary>
    private List<(int Start, int End)> Matches(string text, bool stopAfterFirst)
    {
        var spans = new List<(int Start, int End)>();
        var limit = int.MaxValue;
        foreach (var (start, end, terms) in _tokens.Tokenize(text))
        {
            if (start >= limit)
            {
                break;
            }

            if (IsMatch(terms))
            {
                spans.Add((start, end));
                if (stopAfterFirst && spans.Count == 1)
                {
                    limit = start + SnippetLength;
                }
            }
        }

        return spans;
    }

    // Plain loops: this runs for every word of every snippet, and a LINQ predicate allocates a delegate per call.
    private bool IsMatch(TokenTerms terms) => ContainsAny(_uk, terms.Ukrainian) || ContainsAny(_en, terms.English) || StartsWithAny(terms.Latin);

    private static bool ContainsAny(HashSet<string> wanted, IReadOnlyList<string> terms)
    {
        if (wanted.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (wanted.Contains(terms[i]))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsWithAny(IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            foreach (var prefix in _latin)
            {
                if (terms[i].StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Only the five characters that matter in HTML text and attributes; «, ’ and Cyrillic stay readable.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Render(string text, int start, int end, List<(int Start, int End)> spans)
    {
        var html = new StringBuilder(end - start + 32);
        var position = start;
        foreach (var (spanStart, spanEnd) in spans)
        {
            if (spanStart < position || spanEnd > end)
            {
                continue;
            }

            html.Append(Encode(text[position..spanStart]));
            html.Append("<mark>").Append(Encode(text[spanStart..spanEnd])).Append("</mark>");
            position = spanEnd;
        }

        html.Append(Encode(text[position..end]));
        return html.ToString();
    }
}

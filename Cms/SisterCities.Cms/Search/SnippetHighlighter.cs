using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary>
/// Marks the query's words in a title or snippet with <c>&lt;mark&gt;</c>, everything else HTML-encoded. It runs the
/// same three analyses as the query (Ukrainian stems, English stems, Latin prefix), so "Львові" is marked for the
/// query "Львів" and "Харківський" for "Kharkiv", which Lucene's term highlighter cannot do with n-gram fields.
/// </summary>
internal sealed class SnippetHighlighter
{
    private const int AnalyzedChars = 1200;
    private const int SnippetLength = 220;
    private readonly SearchAnalyzers _analyzers;
    private readonly HashSet<string> _uk = new(StringComparer.Ordinal);
    private readonly HashSet<string> _en = new(StringComparer.Ordinal);
    private readonly List<string> _latin = [];

    public SnippetHighlighter(IReadOnlyList<string> words, SearchAnalyzers analyzers)
    {
        _analyzers = analyzers;
        foreach (var word in words)
        {
            // Like the query: a Cyrillic word is marked through its Ukrainian stems (and Latin prefix), a Latin word
            // through English stems; an analysis no word needs is not run over the text at all.
            if (Text.UkrainianTransliteration.ContainsCyrillic(word))
            {
                _uk.UnionWith(SearchQueryBuilder.Analyze(analyzers.Ukrainian, SearchFields.TextUk, word));
            }
            else
            {
                _en.UnionWith(SearchQueryBuilder.Analyze(analyzers.English, SearchFields.TextEn, word));
            }

            _latin.AddRange(SearchQueryBuilder.Analyze(analyzers.LatinQuery, SearchFields.TextLatin, word).Where(t => t.Length >= 3));
        }
    }

    /// <summary>The whole title, encoded, with matches marked.</summary>
    public string Title(string title) => Render(title, 0, title.Length, Matches(title));

    /// <summary>About <see cref="SnippetLength"/> characters around the first match (or the beginning), encoded, marked.</summary>
    public string Snippet(string text)
    {
        var analyzed = text.Length > AnalyzedChars ? text[..AnalyzedChars] : text;
        var matches = Matches(analyzed);
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

    private List<(int Start, int End)> Matches(string text)
    {
        var spans = new List<(int Start, int End)>();
        if (_uk.Count > 0)
        {
            Collect(_analyzers.Ukrainian, SearchFields.TextUk, text, spans, t => _uk.Contains(t));
        }

        if (_en.Count > 0)
        {
            Collect(_analyzers.English, SearchFields.TextEn, text, spans, t => _en.Contains(t));
        }

        if (_latin.Count > 0)
        {
            Collect(_analyzers.LatinQuery, SearchFields.TextLatin, text, spans, t => _latin.Exists(q => t.StartsWith(q, StringComparison.Ordinal)));
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static void Collect(Analyzer analyzer, string field, string text, List<(int, int)> spans, Func<string, bool> matches)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (matches(term.ToString()))
            {
                spans.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
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

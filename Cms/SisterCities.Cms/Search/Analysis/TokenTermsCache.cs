using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// What each analysis makes of one word of stored text (its Ukrainian stems, English stems and Latin form), cached
/// per word for the highlighter. Every filter of the three analyzers works on one token at a time, so analysing a
/// word alone gives the same terms as analysing it inside its text; the words of a municipal corpus repeat endlessly,
/// so after warm-up highlighting a hit is one tokenization of its text plus dictionary look-ups instead of three full
/// analyzer runs with hunspell over every snippet.
/// </summary>
public sealed class TokenTermsCache
{
    private const int MaxCachedWords = 200_000;
    private readonly ConcurrentDictionary<string, TokenTerms> _cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenTerms>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    /// <summary>Only the tokenizer of the three analyzers, for the word boundaries and offsets.</summary>
    private readonly Analyzer _tokenizer = Analyzer.NewAnonymous((field, reader) => new TokenStreamComponents(new StandardTokenizer(SearchAnalyzers.Version, reader)));

    private readonly Analyzer _ukrainian;
    private readonly Analyzer _english;
    private readonly Analyzer _latin;

    public TokenTermsCache(Analyzer ukrainian, Analyzer english, Analyzer latin)
    {
        (_ukrainian, _english, _latin) = (ukrainian, english, latin);
        _bySpan = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public TokenTerms Of(string word)
    {
        if (_cache.TryGetValue(word, out var terms))
        {
            return terms;
        }

        terms = new TokenTerms(
            SearchQueryBuilder.Analyze(_ukrainian, SearchFields.TextUk, word),
            SearchQueryBuilder.Analyze(_english, SearchFields.TextEn, word),
            SearchQueryBuilder.Analyze(_latin, SearchFields.TextLatin, word));
        if (_cache.Count < MaxCachedWords)
        {
            _cache.TryAdd(word, terms);
        }

        return terms;
    }

    /// <summary>
    /// The words of <paramref name="text"/> with their offsets and terms, split as the analyzers split them (apostrophe
    /// variants read as <c>'</c>, as the Ukrainian and Latin analyzers' char filter does; one character for one, so
    /// offsets hold). A word already cached is looked up from the tokenizer's buffer without becoming a string.
    /// </summary>
    public IEnumerable<(int Start, int End, TokenTerms Terms)> Tokenize(string text)
    {
        var normalized = text.AsSpan().IndexOfAny(ApostropheNormalization.Variants) < 0 ? text : Normalize(text);
        using var stream = _tokenizer.GetTokenStream(SearchFields.Text, normalized);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        try
        {
            while (stream.IncrementToken())
            {
                var terms = _bySpan.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var cached) ? cached : Of(term.ToString());
                yield return (offset.StartOffset, offset.EndOffset, terms);
            }
        }
        finally
        {
            // Also when the caller stops early: the tokenizer is reused by the next call on this thread.
            stream.End();
        }
    }

    private static string Normalize(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = ApostropheNormalization.Variants.Contains(source[i], StringComparison.Ordinal) ? '\'' : source[i];
            }
        });
}

/// <summary>The terms one word yields in each analysis (empty where the analysis drops it, e.g. a stop word).</summary>
public sealed record TokenTerms(IReadOnlyList<string> Ukrainian, IReadOnlyList<string> English, IReadOnlyList<string> Latin);

using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SisterCities.Cms.Search.Analysis;

/// <summary>
/// The fallback when the hunspell dictionary is missing: strips the commonest Ukrainian case and number endings
/// (громада / громади / громадою → громад) and folds the і/о alternation of closed syllables (Львів / Львова → львов).
/// Cruder than the dictionary, but consistent at index and query time, which is what matching needs.
/// </summary>
public sealed class UkrainianLightStemFilter : TokenFilter
{
    // Longest first: the first ending that leaves a stem of at least three letters is removed.
    private static readonly string[] Endings =
    [
        "ського", "ському", "ськими", "ською", "ській", "ський", "ська", "ське", "ські", "ських", "ським",
        "ового", "овому", "ами", "ями", "ого", "ому", "ими", "ою", "ею", "ах", "ях", "ам", "ям",
        "ий", "ій", "ої", "ом", "ем", "их", "им", "ою", "а", "я", "у", "ю", "і", "и", "е", "о", "ь",
    ];

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public UkrainianLightStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            var stem = Stem(_term.ToString());
            _term.SetEmpty().Append(stem);
        }

        return true;
    }

    public static string Stem(string word)
    {
        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return FoldAlternation(word[..^ending.Length]);
            }
        }

        return FoldAlternation(word);
    }

    // Львів → львов, Харків → харков: the nominative's і is о (or е) in every other case.
    private static string FoldAlternation(string stem) =>
        stem.Length >= 3 && stem[^2] == 'і' && !IsVowel(stem[^1]) ? string.Concat(stem.AsSpan(0, stem.Length - 2), "о", stem.AsSpan(stem.Length - 1)) : stem;

    private static bool IsVowel(char c) => "аеєиіїоуюя'".Contains(c, StringComparison.Ordinal);
}

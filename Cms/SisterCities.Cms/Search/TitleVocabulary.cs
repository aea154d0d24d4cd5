using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SisterCities.Cms.Search;

/// <summary>
/// The title words of one index segment (the <see cref="SearchFields.Words"/> field, Cyrillic and Latin) with their
/// document frequencies, grouped by first letter, for "did you mean". Read once per segment core, as Lucene's own
/// field caches are: building a Levenshtein automaton per misspelled word cost more than the rest of a search.
/// </summary>
internal sealed class TitleVocabulary
{
    private static readonly ConditionalWeakTable<object, TitleVocabulary> Cache = [];
    private readonly Dictionary<char, (string[] Words, int[] DocFreqs)> _byFirstLetter = [];

    private TitleVocabulary(AtomicReader reader)
    {
        var grouped = new Dictionary<char, (List<string> Words, List<int> DocFreqs)>();
        if (reader.GetTerms(SearchFields.Words)?.GetEnumerator() is { } terms)
        {
            while (terms.MoveNext())
            {
                var word = terms.Term.Utf8ToString();
                if (word.Length == 0)
                {
                    continue;
                }

                if (!grouped.TryGetValue(word[0], out var group))
                {
                    grouped[word[0]] = group = ([], []);
                }

                group.Words.Add(word);
                group.DocFreqs.Add(terms.DocFreq);
            }
        }

        foreach (var (letter, group) in grouped)
        {
            _byFirstLetter[letter] = ([.. group.Words], [.. group.DocFreqs]);
        }
    }

    public static TitleVocabulary For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new TitleVocabulary(reader));

    /// <summary>The segment's title words that start with <paramref name="letter"/>, and in how many documents each occurs.</summary>
    public (string[] Words, int[] DocFreqs) StartingWith(char letter) =>
        _byFirstLetter.TryGetValue(letter, out var group) ? group : ([], []);
}

using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// "Did you mean": for each word that no title contains, the closest title word (at most two edits, counting a
/// swap of neighbours as one, with the same first letter) that occurs most often: Lucene's FuzzyQuery rules
/// (prefix 1, its similarity scale) over the <see cref="TitleVocabulary"/> instead of an automaton built per word.
/// Title words are indexed in Cyrillic and in Latin, so "Kharkov" → "kharkiv". Runs only when a search found nothing,
/// so its cost never touches ordinary queries.
/// </summary>
internal static class SpellingSuggester
{
    public static string? Suggest(IndexSearcher searcher, IReadOnlyList<string> words)
    {
        var reader = searcher.IndexReader;
        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            if (lower.Length < 4 || reader.DocFreq(new Term(SearchFields.Words, lower)) > 0)
            {
                corrected.Add(lower);
                continue;
            }

            var best = Closest(reader, lower, lower.Length >= 7 ? 2 : 1);
            changed |= best is not null;
            corrected.Add(best ?? lower);
        }

        return changed ? string.Join(' ', corrected) : null;
    }

    /// <summary>The most similar title word within <paramref name="maxEdits"/>, the more frequent of equals, then the first in order.</summary>
    private static string? Closest(IndexReader reader, string word, int maxEdits)
    {
        var candidates = new Dictionary<string, (float Similarity, int DocFreq)>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var (titleWords, docFreqs) = TitleVocabulary.For(leaf.AtomicReader).StartingWith(word[0]);
            for (var i = 0; i < titleWords.Length; i++)
            {
                var candidate = titleWords[i];
                if (Math.Abs(candidate.Length - word.Length) > maxEdits)
                {
                    continue;
                }

                if (candidates.TryGetValue(candidate, out var known))
                {
                    candidates[candidate] = (known.Similarity, known.DocFreq + docFreqs[i]);
                    continue;
                }

                // As FuzzyTermsEnum: edits after the fixed first letter, scaled by the shorter word.
                var edits = EditDistance.Bounded(word.AsSpan(1), candidate.AsSpan(1), maxEdits);
                if (edits <= maxEdits)
                {
                    candidates[candidate] = (1f - ((float)edits / Math.Min(candidate.Length, word.Length)), docFreqs[i]);
                }
            }
        }

        return candidates
            .OrderByDescending(c => c.Value.Similarity)
            .ThenByDescending(c => c.Value.DocFreq)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Key)
            .FirstOrDefault();
    }
}

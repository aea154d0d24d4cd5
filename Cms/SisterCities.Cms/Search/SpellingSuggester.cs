using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// "Did you mean": for each word that no title contains, the closest title word (at most two edits, same first
/// letter) that occurs most often. Title words are indexed in Cyrillic and in Latin, so "Kharkov" → "kharkiv".
/// Runs only when a search found nothing, so its cost never touches ordinary queries.
/// </summary>
internal static class SpellingSuggester
{
    private const int MaxCandidates = 8;

    public static string? Suggest(IndexSearcher searcher, IReadOnlyList<string> words)
    {
        var reader = searcher.IndexReader;
        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var term = new Term(SearchFields.Words, lower);
            if (lower.Length < 4 || reader.DocFreq(term) > 0)
            {
                corrected.Add(lower);
                continue;
            }

            var fuzzy = new FuzzyQuery(term, lower.Length >= 7 ? 2 : 1, 1, MaxCandidates, transpositions: true);
            var best = Best(fuzzy.Rewrite(reader), reader);
            changed |= best is not null;
            corrected.Add(best ?? lower);
        }

        return changed ? string.Join(' ', corrected) : null;
    }

    private static string? Best(Query rewritten, IndexReader reader)
    {
        var candidates = new List<TermQuery>();
        switch (rewritten)
        {
            case BooleanQuery boolean:
                candidates.AddRange(boolean.Clauses.Select(c => c.Query).OfType<TermQuery>());
                break;
            case TermQuery single:
                candidates.Add(single);
                break;
        }

        // The rewrite boosts each candidate by its similarity: closest first, then the most common.
        return candidates.OrderByDescending(t => t.Boost).ThenByDescending(t => reader.DocFreq(t.Term)).Select(t => t.Term.Text).FirstOrDefault();
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SisterCities.Cms.Search;

/// <summary>
/// The query of <see cref="SearchQueryBuilder"/> after Lucene's rewrite, as plain arrays: words (the top-level
/// SHOULD clauses, with coordination), each a dis-max of fields, each a sum of terms. Weights are computed and
/// normalized exactly as Lucene's <c>TermWeight</c>, <c>DisjunctionMaxWeight</c> and <c>BooleanWeight</c> do, so
/// <see cref="TermAtATimeSearcher"/> scores a document as Lucene would: <c>tf(freq) × weight × norm</c> per term.
/// Any other query shape (or another similarity) gives no plan, and the caller lets Lucene run the query.
/// </summary>
internal sealed class WordQueryPlan
{
    private WordQueryPlan(Word[] words, float[] coord, TFIDFSimilarity similarity)
    {
        Words = words;
        Coord = coord;
        Similarity = similarity;
    }

    public Word[] Words { get; }

    /// <summary>The coordination factor by the number of words a document matched.</summary>
    public float[] Coord { get; }

    public TFIDFSimilarity Similarity { get; }

    public sealed record Word(float Tie, TermWeight[][] Fields);

    /// <summary>One term of one field, with its segment states and the normalized weight (Lucene's <c>IDFStats.Value</c>).</summary>
    public sealed class TermWeight(Term term, TermContext states, float idf, float boost)
    {
        private float _queryWeight = idf * boost;

        public Term Term => term;

        public TermContext States => states;

        public float Value { get; private set; }

        public float ValueForNormalization => _queryWeight * _queryWeight;

        public void Normalize(float queryNorm, float topLevelBoost)
        {
            _queryWeight *= queryNorm * topLevelBoost;
            Value = _queryWeight * idf;
        }
    }

    public static WordQueryPlan? Compile(Query rewritten, IndexSearcher searcher)
    {
        if (searcher.Similarity is not TFIDFSimilarity similarity)
        {
            return null;
        }

        // One word rewrites to its own clause; a query of several words is a BooleanQuery of SHOULD clauses.
        IReadOnlyList<Query> wordQueries = [rewritten];
        var topBoost = 1f;
        var coordinated = false;
        if (rewritten is BooleanQuery top && IsPlainDisjunction(top))
        {
            wordQueries = [.. top.Clauses.Select(c => c.Query)];
            topBoost = top.Boost;
            coordinated = !top.CoordDisabled && top.Clauses.Count > 1;
        }

        var words = new Word[wordQueries.Count];
        var wordBoosts = new float[words.Length];
        var fieldBoosts = new float[words.Length][];
        for (var w = 0; w < words.Length; w++)
        {
            var (tie, boost, fieldQueries) = wordQueries[w] is DisjunctionMaxQuery dismax
                ? (dismax.TieBreakerMultiplier, dismax.Boost, (IReadOnlyList<Query>)dismax.Disjuncts)
                : (0f, 1f, [wordQueries[w]]);
            var fields = new TermWeight[fieldQueries.Count][];
            fieldBoosts[w] = new float[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                if (Terms(fieldQueries[f], searcher, similarity, out fieldBoosts[w][f]) is not { } terms)
                {
                    return null;
                }

                fields[f] = terms;
            }

            words[w] = new Word(tie, fields);
            wordBoosts[w] = boost;
        }

        Normalize(words, wordBoosts, fieldBoosts, topBoost, similarity);
        var coord = new float[words.Length + 1];
        for (var i = 0; i < coord.Length; i++)
        {
            coord[i] = coordinated ? similarity.Coord(i, words.Length) : 1f;
        }

        return new WordQueryPlan(words, coord, similarity);
    }

    /// <summary>As <c>IndexSearcher.CreateNormalizedWeight</c>: the query norm from the sum of squared weights, pushed down with the boosts.</summary>
    private static void Normalize(Word[] words, float[] wordBoosts, float[][] fieldBoosts, float topBoost, TFIDFSimilarity similarity)
    {
        var sum = 0f;
        for (var w = 0; w < words.Length; w++)
        {
            float max = 0f, wordSum = 0f;
            for (var f = 0; f < words[w].Fields.Length; f++)
            {
                var fieldSum = 0f;
                foreach (var term in words[w].Fields[f])
                {
                    fieldSum += term.ValueForNormalization;
                }

                fieldSum *= fieldBoosts[w][f] * fieldBoosts[w][f];
                wordSum += fieldSum;
                max = Math.Max(max, fieldSum);
            }

            var tie = words[w].Tie;
            sum += (((wordSum - max) * tie * tie) + max) * wordBoosts[w] * wordBoosts[w];
        }

        sum *= topBoost * topBoost;
        var norm = similarity.QueryNorm(sum);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }

        for (var w = 0; w < words.Length; w++)
        {
            for (var f = 0; f < words[w].Fields.Length; f++)
            {
                foreach (var term in words[w].Fields[f])
                {
                    term.Normalize(norm, 1f * topBoost * wordBoosts[w] * fieldBoosts[w][f]);
                }
            }
        }
    }

    /// <summary>A field's terms: one TermQuery, or a BooleanQuery of TermQuery SHOULD clauses summed without coordination.</summary>
    private static TermWeight[]? Terms(Query query, IndexSearcher searcher, TFIDFSimilarity similarity, out float boost)
    {
        boost = 1f;
        switch (query)
        {
            case TermQuery single:
                return [Weight(single, searcher, similarity)];
            case BooleanQuery boolean when IsPlainDisjunction(boolean) && (boolean.CoordDisabled || boolean.Clauses.Count == 1)
                                           && boolean.Clauses.All(c => c.Query is TermQuery):
                boost = boolean.Boost;
                return [.. boolean.Clauses.Select(c => Weight((TermQuery)c.Query, searcher, similarity))];
            default:
                return null;
        }
    }

    private static bool IsPlainDisjunction(BooleanQuery query) =>
        query.MinimumNumberShouldMatch == 0 && query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.SHOULD);

    private static TermWeight Weight(TermQuery query, IndexSearcher searcher, TFIDFSimilarity similarity)
    {
        var states = TermContext.Build(searcher.TopReaderContext, query.Term);
        var idf = similarity.IdfExplain(searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states)).Value;
        return new TermWeight(query.Term, states, idf, query.Boost);
    }
}

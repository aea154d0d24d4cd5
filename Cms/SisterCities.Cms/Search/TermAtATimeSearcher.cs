using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search;

/// <summary>
/// Runs the word query of <see cref="SearchQueryBuilder"/> term at a time over plain arrays: each term's postings are
/// read once and scored from a tf table, the term's weight and the segment's norms (<see cref="SegmentNorms"/>);
/// fields fold into their word's dis-max, words into the query's sum and matched-word count
/// (<see cref="ScoreAccumulators"/>), and every matching document then goes once through one loop that filters it,
/// counts it, counts its facets and offers it to the top-n heap. Lucene's document-at-a-time scorers did the same
/// work through a heap of dis-max scorers per word, a bucket table, a virtual call per posting for the score and two
/// collectors. The scores are Lucene's own (<see cref="WordQueryPlan"/>); only the summation order within a word's
/// fields may differ in the last bit, as it does between Lucene's own scorers. Queries of another shape return null,
/// and the caller runs them through Lucene.
/// </summary>
internal static class TermAtATimeSearcher
{
    private const int TfTableSize = 64;

    public static (int Total, ScoreDoc[] Top)? Search(IndexSearcher searcher, Query query, SearchRequest request, int topN, FacetCollector facets)
    {
        if (WordQueryPlan.Compile(searcher.Rewrite(query), searcher) is not { } plan)
        {
            return null;
        }

        var tf = new float[TfTableSize];
        for (var freq = 0; freq < tf.Length; freq++)
        {
            tf[freq] = plan.Similarity.Tf(freq);
        }

        var norms = new float[256];
        for (var b = 0; b < norms.Length; b++)
        {
            norms[b] = plan.Similarity.DecodeNormValue(b);
        }

        var leaves = searcher.IndexReader.Leaves;
        if (leaves.Count == 0)
        {
            return (0, []);
        }

        var filter = SegmentFilter.For(request);
        var collector = new TopDocsHeap(topN);
        var accumulators = ScoreAccumulators.Rent(leaves.Max(l => l.AtomicReader.MaxDoc));
        var total = 0;
        try
        {
            foreach (var context in leaves)
            {
                if (!filter.Start(context))
                {
                    continue;
                }

                facets.SetNextReader(context);
                if (DenseSegmentScorer.Suits(plan, context))
                {
                    new DenseSegmentScorer(plan, context, accumulators, tf).Run();
                    total += CollectDense(context, accumulators, plan.Coord, filter, facets, collector);
                    continue;
                }

                var count = new SegmentScorer(plan, context, accumulators, tf, norms).Run();
                var (docs, sums, counts, coord) = (accumulators.QueryDocs, accumulators.QuerySum, accumulators.QueryCount, plan.Coord);
                for (var i = 0; i < count; i++)
                {
                    var doc = docs[i];
                    if (!filter.Admits(doc))
                    {
                        continue;
                    }

                    total++;
                    facets.Collect(doc);
                    collector.Offer(context.DocBase + doc, sums[doc] * coord[counts[doc]]);
                }
            }
        }
        finally
        {
            ScoreAccumulators.Return(accumulators);
        }

        return (total, collector.Top());
    }

    /// <summary>Every document of the segment that matched a word and is live and admitted: counted, faceted, offered to the heap.</summary>
    private static int CollectDense(AtomicReaderContext context, ScoreAccumulators accumulators, float[] coord, SegmentFilter filter, FacetCollector facets, TopDocsHeap collector)
    {
        var (sums, matched, live) = (accumulators.QuerySum, accumulators.QueryMatched, context.AtomicReader.LiveDocs);
        var total = 0;
        for (var doc = 0; doc < context.AtomicReader.MaxDoc; doc++)
        {
            var words = (int)matched[doc];
            if (words == 0 || (live is not null && !live.Get(doc)) || !filter.Admits(doc))
            {
                continue;
            }

            total++;
            facets.Collect(doc);
            collector.Offer(context.DocBase + doc, sums[doc] * coord[words]);
        }

        return total;
    }

    /// <summary>The term-at-a-time passes over one segment.</summary>
    private sealed class SegmentScorer(WordQueryPlan plan, AtomicReaderContext context, ScoreAccumulators acc, float[] tf, float[] norms)
    {
        private readonly SegmentTerms _terms = new(context);

        /// <summary>
        /// Fills <see cref="ScoreAccumulators.QueryDocs"/> with the documents matching any word, and their summed word
        /// scores and matched-word counts; returns how many there are.
        /// </summary>
        public int Run()
        {
            var queryStamp = acc.NextStamp();
            var count = 0;
            foreach (var word in plan.Words)
            {
                var matched = ScoreWord(word);
                var (stamps, sums, counts, docs) = (acc.QueryStamp, acc.QuerySum, acc.QueryCount, acc.QueryDocs);
                var (max, sum, wordDocs, tie) = (acc.WordMax, acc.WordSum, acc.WordDocs, word.Tie);
                for (var i = 0; i < matched; i++)
                {
                    var doc = wordDocs[i];
                    var score = max[doc] + ((sum[doc] - max[doc]) * tie);
                    if (stamps[doc] != queryStamp)
                    {
                        stamps[doc] = queryStamp;
                        sums[doc] = score;
                        counts[doc] = 1;
                        docs[count++] = doc;
                    }
                    else
                    {
                        sums[doc] += score;
                        counts[doc]++;
                    }
                }
            }

            return count;
        }

        /// <summary>Fills the word accumulators (best field and sum of fields per document); returns how many documents it reached.</summary>
        private int ScoreWord(WordQueryPlan.Word word)
        {
            var stamp = acc.NextStamp();
            var count = 0;
            foreach (var field in word.Fields)
            {
                if (field.Length == 1)
                {
                    count = AddTerm(field[0], stamp, count, toField: false);
                    continue;
                }

                var fieldStamp = acc.NextStamp();
                var reached = 0;
                foreach (var term in field)
                {
                    reached = AddTerm(term, fieldStamp, reached, toField: true);
                }

                var (sums, fieldDocs) = (acc.FieldSum, acc.FieldDocs);
                for (var i = 0; i < reached; i++)
                {
                    count = AddToWord(fieldDocs[i], sums[fieldDocs[i]], stamp, count);
                }
            }

            return count;
        }

        private int AddTerm(WordQueryPlan.TermWeight term, int stamp, int count, bool toField)
        {
            var reader = context.AtomicReader;
            if (_terms.Seek(term) is not { } termsEnum)
            {
                return count;
            }

            var fieldNorms = SegmentNorms.For(reader, term.Term.Field);
            var postings = _terms.Postings(termsEnum, reader.LiveDocs);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                count = Add(doc, Score(term.Value, postings.Freq, fieldNorms, doc), stamp, count, toField);
            }

            return count;
        }

        /// <summary>As TFIDFSimScorer: tf × weight, then × the decoded norm (the same float operations in the same order).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private float Score(float value, int freq, byte[]? fieldNorms, int doc)
        {
            var raw = (freq < tf.Length ? tf[freq] : plan.Similarity.Tf(freq)) * value;
            return fieldNorms is null ? raw : raw * norms[fieldNorms[doc]];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int Add(int doc, float score, int stamp, int count, bool toField)
        {
            if (!toField)
            {
                return AddToWord(doc, score, stamp, count);
            }

            if (acc.FieldStamp[doc] != stamp)
            {
                acc.FieldStamp[doc] = stamp;
                acc.FieldSum[doc] = score;
                acc.FieldDocs[count++] = doc;
            }
            else
            {
                acc.FieldSum[doc] += score;
            }

            return count;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int AddToWord(int doc, float score, int stamp, int count)
        {
            if (acc.WordStamp[doc] != stamp)
            {
                acc.WordStamp[doc] = stamp;
                acc.WordMax[doc] = score;
                acc.WordSum[doc] = score;
                acc.WordDocs[count++] = doc;
            }
            else
            {
                acc.WordSum[doc] += score;
                if (score > acc.WordMax[doc])
                {
                    acc.WordMax[doc] = score;
                }
            }

            return count;
        }
    }
}

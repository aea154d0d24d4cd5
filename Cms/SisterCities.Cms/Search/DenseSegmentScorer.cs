using System.Numerics;
using System.Runtime.InteropServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// The term-at-a-time passes of <see cref="TermAtATimeSearcher"/> over dense per-document arrays, for a query whose
/// terms reach a large part of a segment (a broad query such as "громади новини" matches every document). A frequent
/// term's score for the whole segment is <c>(tf × weight) × norm</c> computed with vector operations from
/// <see cref="DenseTermScores"/>, the same float operations in the same order as Lucene's scorer; other terms are
/// added from their postings. A word's dis-max and the query's sum and matched-word count are vector operations too.
/// An unmatched word adds exactly 0 (every score of a match is positive), so the sums equal the sparse passes'.
/// </summary>
internal sealed class DenseSegmentScorer(WordQueryPlan plan, AtomicReaderContext context, ScoreAccumulators acc, float[] tf)
{
    private readonly SegmentTerms _terms = new(context);

    /// <summary>True when dense passes are cheaper: the query's postings in the segment reach at least half its documents.</summary>
    public static bool Suits(WordQueryPlan plan, AtomicReaderContext context)
    {
        long postings = 0;
        foreach (var word in plan.Words)
        {
            foreach (var field in word.Fields)
            {
                foreach (var term in field)
                {
                    postings += term.States.Get(context.Ord) is BlockTermState state ? state.DocFreq : 0;
                }
            }
        }

        return postings >= context.AtomicReader.MaxDoc / 8;
    }

    /// <summary>Fills <see cref="ScoreAccumulators.QuerySum"/> and <see cref="ScoreAccumulators.QueryMatched"/> for every document of the segment.</summary>
    public void Run()
    {
        var maxDoc = context.AtomicReader.MaxDoc;
        var querySum = acc.QuerySum.AsSpan(0, maxDoc);
        var matched = acc.QueryMatched.AsSpan(0, maxDoc);
        querySum.Clear();
        matched.Clear();
        var wordMax = acc.WordMax.AsSpan(0, maxDoc);
        var wordSum = acc.WordSum.AsSpan(0, maxDoc);
        var fieldSum = acc.FieldSum.AsSpan(0, maxDoc);
        foreach (var word in plan.Words)
        {
            wordMax.Clear();
            wordSum.Clear();
            foreach (var field in word.Fields)
            {
                if (field.Length == 1)
                {
                    AddTerm(field[0], wordMax, wordSum);
                    continue;
                }

                // Several terms in one field are summed first; the field then counts once in the dis-max.
                fieldSum.Clear();
                foreach (var term in field)
                {
                    AddTerm(term, null, fieldSum);
                }

                AddField(fieldSum, wordMax, wordSum);
            }

            AddWord(word.Tie, wordMax, wordSum, querySum, matched);
        }
    }

    /// <summary>Adds the term's scores to <paramref name="sum"/> and, when given, keeps the best in <paramref name="max"/>.</summary>
    private void AddTerm(WordQueryPlan.TermWeight term, Span<float> max, Span<float> sum)
    {
        var reader = context.AtomicReader;
        if (_terms.Seek(term) is not { } termsEnum)
        {
            return;
        }

        var fieldNorms = DenseTermScores.Norms(reader, term.Term.Field, plan.Similarity);
        if (DenseTermScores.Tf(reader, term.Term.Field, termsEnum, plan.Similarity) is { } termTf)
        {
            AddDense(termTf, term.Value, fieldNorms, max, sum);
            return;
        }

        // All documents: deleted ones are skipped when the segment is collected.
        var postings = _terms.Postings(termsEnum, null);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            var freq = postings.Freq;
            var raw = (freq < tf.Length ? tf[freq] : plan.Similarity.Tf(freq)) * term.Value;
            var score = fieldNorms is null ? raw : raw * fieldNorms[doc];
            sum[doc] += score;
            if (!max.IsEmpty && score > max[doc])
            {
                max[doc] = score;
            }
        }
    }

    private static void AddDense(float[] termTf, float value, float[]? fieldNorms, Span<float> max, Span<float> sum)
    {
        var n = sum.Length;
        var tfs = MemoryMarshal.Cast<float, Vector<float>>(termTf.AsSpan(0, n));
        var sums = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var maxes = max.IsEmpty ? default : MemoryMarshal.Cast<float, Vector<float>>(max);
        var normVectors = fieldNorms is null ? default : MemoryMarshal.Cast<float, Vector<float>>(fieldNorms.AsSpan(0, n));
        var weight = new Vector<float>(value);
        for (var i = 0; i < sums.Length; i++)
        {
            var score = tfs[i] * weight;
            if (fieldNorms is not null)
            {
                score *= normVectors[i];
            }

            sums[i] += score;
            if (!max.IsEmpty)
            {
                maxes[i] = Vector.Max(maxes[i], score);
            }
        }

        for (var doc = sums.Length * Vector<float>.Count; doc < n; doc++)
        {
            var score = termTf[doc] * value;
            if (fieldNorms is not null)
            {
                score *= fieldNorms[doc];
            }

            sum[doc] += score;
            if (!max.IsEmpty && score > max[doc])
            {
                max[doc] = score;
            }
        }
    }

    private static void AddField(Span<float> fieldSum, Span<float> max, Span<float> sum)
    {
        for (var doc = 0; doc < fieldSum.Length; doc++)
        {
            sum[doc] += fieldSum[doc];
            if (fieldSum[doc] > max[doc])
            {
                max[doc] = fieldSum[doc];
            }
        }
    }

    /// <summary>As DisjunctionMaxScorer: best + (sum − best) × tie; then into the query's sum, counting the word where it matched.</summary>
    private static void AddWord(float tie, Span<float> max, Span<float> sum, Span<float> querySum, Span<float> matched)
    {
        var maxes = MemoryMarshal.Cast<float, Vector<float>>(max);
        var sums = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var queries = MemoryMarshal.Cast<float, Vector<float>>(querySum);
        var counts = MemoryMarshal.Cast<float, Vector<float>>(matched);
        var ties = new Vector<float>(tie);
        for (var i = 0; i < sums.Length; i++)
        {
            queries[i] += maxes[i] + ((sums[i] - maxes[i]) * ties);
            counts[i] += Vector.ConditionalSelect(Vector.GreaterThan(sums[i], Vector<float>.Zero), Vector<float>.One, Vector<float>.Zero);
        }

        for (var doc = sums.Length * Vector<float>.Count; doc < sum.Length; doc++)
        {
            querySum[doc] += max[doc] + ((sum[doc] - max[doc]) * tie);
            if (sum[doc] > 0f)
            {
                matched[doc]++;
            }
        }
    }
}

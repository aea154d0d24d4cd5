using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SisterCities.Cms.Search;

/// <summary>
/// Per segment, as dense arrays with a float per document: the tf of its most frequent terms (0 where the term is
/// absent) and the decoded length norm of each text field. A word such as "громада" occurs in most documents and in
/// many different queries; with these arrays <see cref="DenseSegmentScorer"/> scores it for the whole segment with a
/// few vector operations instead of two virtual calls per posting. Only terms in at least 1/8 of the segment (and
/// <see cref="MinDocFreq"/> documents) are kept, at most <see cref="MaxTerms"/> per segment (400 KB each for 100,000
/// documents), first come first kept; deleted documents stay in the arrays (a segment's postings never change) and
/// are skipped by the caller. Kept per segment core, like Lucene's own field caches, and dropped with it. The tf
/// values are those of the index's similarity (<see cref="SearchSimilarity"/>, the only one searches use).
/// </summary>
internal sealed class DenseTermScores
{
    internal const int MinDocFreq = 1024;
    internal const int MaxTerms = 16;
    private static readonly ConditionalWeakTable<object, DenseTermScores> Segments = [];
    private readonly ConcurrentDictionary<(string Field, string Term), float[]> _tf = new();
    private readonly ConcurrentDictionary<string, float[]?> _norms = new(StringComparer.Ordinal);
    private int _slots = MaxTerms;

    /// <summary>How many terms of the segment have dense tf arrays (for tests).</summary>
    internal static int TermCount(AtomicReader reader) => Segments.TryGetValue(reader.CoreCacheKey, out var segment) ? segment._tf.Count : 0;

    public static bool IsFrequent(AtomicReader reader, int docFreq) => docFreq >= MinDocFreq && docFreq >= reader.MaxDoc / 8;

    /// <summary>The term's tf per document, for the term <paramref name="termsEnum"/> is positioned on; null when it is not frequent or the segment has no slot left.</summary>
    public static float[]? Tf(AtomicReader reader, string field, TermsEnum termsEnum, TFIDFSimilarity similarity)
    {
        if (!IsFrequent(reader, termsEnum.DocFreq))
        {
            return null;
        }

        var segment = Segments.GetValue(reader.CoreCacheKey, _ => new DenseTermScores());
        var key = (field, termsEnum.Term.Utf8ToString());
        if (segment._tf.TryGetValue(key, out var tf))
        {
            return tf;
        }

        if (Interlocked.Decrement(ref segment._slots) < 0)
        {
            Interlocked.Increment(ref segment._slots);
            return null;
        }

        var decoded = Decode(reader.MaxDoc, termsEnum, similarity);
        var kept = segment._tf.GetOrAdd(key, decoded);
        if (!ReferenceEquals(kept, decoded))
        {
            Interlocked.Increment(ref segment._slots); // another search decoded it at the same time
        }

        return kept;
    }

    /// <summary>The field's decoded norm per document, or null when the field has no norms (scores then take no length factor).</summary>
    public static float[]? Norms(AtomicReader reader, string field, TFIDFSimilarity similarity) =>
        Segments.GetValue(reader.CoreCacheKey, _ => new DenseTermScores())._norms.GetOrAdd(field, static (f, arg) =>
        {
            var (reader, similarity) = arg;
            if (SegmentNorms.For(reader, f) is not { } bytes)
            {
                return null;
            }

            var decoded = new float[bytes.Length];
            for (var doc = 0; doc < decoded.Length; doc++)
            {
                decoded[doc] = similarity.DecodeNormValue(bytes[doc]);
            }

            return decoded;
        }, (reader, similarity));

    private static float[] Decode(int maxDoc, TermsEnum termsEnum, TFIDFSimilarity similarity)
    {
        // All documents, deleted or not: live documents are checked when the scores are used.
        var tf = new float[maxDoc];
        var postings = termsEnum.Docs(null, null, DocsFlags.FREQS);
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            tf[doc] = similarity.Tf(postings.Freq);
        }

        return tf;
    }
}

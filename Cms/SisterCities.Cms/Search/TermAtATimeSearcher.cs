using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search;

/// <summary>
/// Runs the word query of <see cref="SearchQueryBuilder"/> term at a time: each term's postings are read once,
/// straight into per-document arrays (sum and max for a word's dis-max, sum and overlap for the words'
/// coordination), and every matching document then goes once through one loop that counts it, counts its facets
/// and offers it to the top-n heap. Lucene's document-at-a-time scorers did the same work through a heap of
/// dis-max scorers per word, a bucket table and two collectors, which made a query matching all 100,000 documents
/// cost ~15 ms. The scores are Lucene's own: the same weights, normalization, coordination
/// (<see cref="SearchSimilarity"/>) and per-term scorer; only the summation order within a word's fields may differ
/// in the last bit, as it does between Lucene's own scorers. Queries of another shape return null, and the caller
/// runs them through Lucene as before.
/// </summary>
internal static class TermAtATimeSearcher
{
    public static (int Total, ScoreDoc[] Top)? Search(IndexSearcher searcher, Query query, SearchRequest request, int topN, FacetCollector facets)
    {
        var root = Compile(searcher.Rewrite(query), searcher);
        if (root is null)
        {
            return null;
        }

        var norm = searcher.Similarity.QueryNorm(root.ValueForNormalization());
        root.Normalize(float.IsInfinity(norm) || float.IsNaN(norm) ? 1f : norm, 1f);
        // Site, type, activity and country filters are answered from the facet ordinals (the same values are indexed
        // as terms and as doc values); only a culture filter needs a bit set from its term.
        var facetFilters = new List<(int Field, string Value)>();
        foreach (var (field, value) in new[] { (SearchFields.Site, request.Site), (SearchFields.Type, request.Type), (SearchFields.Activity, request.Activity), (SearchFields.Country, request.Country) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facetFilters.Add((IndexOf(SearchFields.Facets, field), value.Trim()));
            }
        }

        var culture = string.IsNullOrWhiteSpace(request.Culture) ? null : new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Culture, request.Culture.Trim())));
        var collector = new TopCollector(topN, facets);
        foreach (var context in searcher.IndexReader.Leaves)
        {
            var live = context.AtomicReader.LiveDocs;
            if (Required(context.AtomicReader, facetFilters) is not { } required)
            {
                continue;
            }

            FixedBitSet? allowed = null;
            if (culture?.GetDocIdSet(context, live)?.GetIterator() is { } iterator)
            {
                allowed = new FixedBitSet(context.AtomicReader.MaxDoc);
                allowed.Or(iterator);
            }
            else if (culture is not null)
            {
                continue;
            }

            collector.Start(context, allowed, required);
            root.Emit(context, live, collector);
        }

        return (collector.Total, collector.Top());
    }

    /// <summary>Per filter the segment's ordinals and the ordinal a document must have; null when no document of the segment can match.</summary>
    private static (int[] Ords, int Ord)[]? Required(AtomicReader reader, List<(int Field, string Value)> filters)
    {
        if (filters.Count == 0)
        {
            return [];
        }

        var segment = SegmentFacetOrds.For(reader, SearchFields.Facets);
        var required = new (int[] Ords, int Ord)[filters.Count];
        for (var i = 0; i < filters.Count; i++)
        {
            var (field, value) = filters[i];
            if (segment.Ords[field] is not { } ords || Array.IndexOf(segment.Values[field]!, value) is var ord && ord < 0)
            {
                return null;
            }

            required[i] = (ords, ord);
        }

        return required;
    }

    private static int IndexOf(IReadOnlyList<string> fields, string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return i;
            }
        }

        throw new ArgumentException($"{field} is not a facet field.", nameof(field));
    }

    private static Node? Compile(Query query, IndexSearcher searcher)
    {
        switch (query)
        {
            case TermQuery term:
                return new TermNode(term.CreateWeight(searcher));
            case DisjunctionMaxQuery dismax:
                var disjuncts = dismax.Disjuncts.Select(d => Compile(d, searcher)).ToList();
                return disjuncts.Any(d => d is null) ? null : new DisMaxNode(disjuncts!, dismax.TieBreakerMultiplier, dismax.Boost);
            case BooleanQuery boolean when boolean.MinimumNumberShouldMatch == 0 && boolean.Clauses.All(c => c.Occur == Occur.SHOULD):
                var clauses = boolean.Clauses.Select(c => Compile(c.Query, searcher)).ToList();
                if (clauses.Any(c => c is null))
                {
                    return null;
                }

                // As BooleanWeight.Coord: one clause never scales; otherwise the similarity's coordination.
                var coord = new float[clauses.Count + 1];
                for (var i = 0; i < coord.Length; i++)
                {
                    coord[i] = boolean.CoordDisabled || clauses.Count == 1 ? 1f : searcher.Similarity.Coord(i, clauses.Count);
                }

                return new SumNode(clauses!, coord, boolean.Boost);
            default:
                return null;
        }
    }

    /// <summary>Receives one (document, score) of a node; a document is sent at most once per node and segment.</summary>
    private interface ISink
    {
        void Add(int doc, float score);
    }

    private abstract class Node
    {
        public abstract float ValueForNormalization();

        public abstract void Normalize(float norm, float topLevelBoost);

        public abstract void Emit(AtomicReaderContext context, IBits? live, ISink sink);
    }

    private sealed class TermNode(Weight weight) : Node
    {
        public override float ValueForNormalization() => weight.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => weight.Normalize(norm, topLevelBoost);

        public override void Emit(AtomicReaderContext context, IBits? live, ISink sink)
        {
            if (weight.GetScorer(context, live) is not { } scorer)
            {
                return;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                sink.Add(doc, scorer.GetScore());
            }
        }
    }

    /// <summary>
    /// Per-document accumulators sized to a segment, shared between requests through a small pool: a broad query
    /// needs them for every document, and allocating ~1 MB per node and request would keep the GC busy.
    /// </summary>
    private sealed class Buffers
    {
        private static readonly System.Collections.Concurrent.ConcurrentBag<Buffers> Pool = [];

        public bool[] Seen { get; private set; } = [];

        public int[] Docs { get; private set; } = [];

        public float[] Sum { get; private set; } = [];

        public float[] Other { get; private set; } = [];

        public static Buffers Rent(int size)
        {
            var buffers = Pool.TryTake(out var pooled) ? pooled : new Buffers();
            if (buffers.Seen.Length < size)
            {
                buffers.Seen = new bool[size];
                buffers.Docs = new int[size];
                buffers.Sum = new float[size];
                buffers.Other = new float[size];
            }

            return buffers;
        }

        // Seen is all false again when a node returns its buffers (it clears exactly the documents it marked).
        public static void Return(Buffers buffers)
        {
            if (Pool.Count < 4 * Environment.ProcessorCount)
            {
                Pool.Add(buffers);
            }
        }
    }

    /// <summary>Base of the two combining nodes: per-document accumulators over the segment, reset after use.</summary>
    private abstract class CombiningNode(IReadOnlyList<Node> children, float boost) : Node, ISink
    {
        private Buffers _buffers = null!;
        private int _count;

        protected IReadOnlyList<Node> Children => children;

        protected float Boost => boost;

        protected float[] Sum => _buffers.Sum;

        protected float[] Other => _buffers.Other;

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= boost;
            foreach (var child in children)
            {
                child.Normalize(norm, topLevelBoost);
            }
        }

        public override void Emit(AtomicReaderContext context, IBits? live, ISink sink)
        {
            _buffers = Buffers.Rent(context.AtomicReader.MaxDoc);
            try
            {
                _count = 0;
                foreach (var child in children)
                {
                    child.Emit(context, live, this);
                }

                var seen = _buffers.Seen;
                var docs = _buffers.Docs;
                for (var i = 0; i < _count; i++)
                {
                    var doc = docs[i];
                    seen[doc] = false;
                    sink.Add(doc, Result(doc));
                }
            }
            catch
            {
                // Leave nothing marked for the next user of these buffers.
                Array.Clear(_buffers.Seen);
                throw;
            }
            finally
            {
                Buffers.Return(_buffers);
            }
        }

        public void Add(int doc, float score)
        {
            var seen = _buffers.Seen;
            if (!seen[doc])
            {
                seen[doc] = true;
                _buffers.Docs[_count++] = doc;
                Sum[doc] = 0f;
                Start(doc, score);
            }

            Sum[doc] += score;
            Accumulate(doc, score);
        }

        protected abstract void Start(int doc, float score);

        protected abstract void Accumulate(int doc, float score);

        protected abstract float Result(int doc);
    }

    /// <summary>DisjunctionMaxQuery: the best field plus the tie-breaker share of the others (Other holds the max).</summary>
    private sealed class DisMaxNode(IReadOnlyList<Node> children, float tie, float boost) : CombiningNode(children, boost)
    {
        public override float ValueForNormalization()
        {
            float max = 0f, sum = 0f;
            foreach (var child in Children)
            {
                var value = child.ValueForNormalization();
                sum += value;
                max = Math.Max(max, value);
            }

            return (((sum - max) * tie * tie) + max) * Boost * Boost;
        }

        protected override void Start(int doc, float score) => Other[doc] = score;

        protected override void Accumulate(int doc, float score)
        {
            if (score > Other[doc])
            {
                Other[doc] = score;
            }
        }

        protected override float Result(int doc) => Other[doc] + ((Sum[doc] - Other[doc]) * tie);
    }

    /// <summary>BooleanQuery of SHOULD clauses: the sum times the coordination factor of how many matched (Other counts).</summary>
    private sealed class SumNode(IReadOnlyList<Node> children, float[] coord, float boost) : CombiningNode(children, boost)
    {
        public override float ValueForNormalization()
        {
            var sum = 0f;
            foreach (var child in Children)
            {
                sum += child.ValueForNormalization();
            }

            return sum * Boost * Boost;
        }

        protected override void Start(int doc, float score) => Other[doc] = 0f;

        protected override void Accumulate(int doc, float score) => Other[doc]++;

        protected override float Result(int doc) => Sum[doc] * coord[(int)Other[doc]];
    }

    /// <summary>Counts, facets and keeps the best <c>topN</c> (higher score first, then lower document number, as Lucene).</summary>
    private sealed class TopCollector(int topN, FacetCollector facets) : ISink
    {
        private readonly PriorityQueue<int, (float Score, int Doc)> _heap = new(Comparer<(float Score, int Doc)>.Create(
            (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));

        private int _base;
        private FixedBitSet? _allowed;
        private (int[] Ords, int Ord)[] _required = [];

        public int Total { get; private set; }

        public void Start(AtomicReaderContext context, FixedBitSet? allowed, (int[] Ords, int Ord)[] required)
        {
            _base = context.DocBase;
            _allowed = allowed;
            _required = required;
            facets.SetNextReader(context);
        }

        public void Add(int doc, float score)
        {
            if (_allowed is not null && !_allowed.Get(doc))
            {
                return;
            }

            foreach (var (ords, ord) in _required)
            {
                if (ords[doc] != ord)
                {
                    return;
                }
            }

            Total++;
            facets.Collect(doc);
            var global = _base + doc;
            if (_heap.Count < topN)
            {
                _heap.Enqueue(global, (score, global));
            }
            else if (_heap.TryPeek(out _, out var worst) && (score > worst.Score || (score == worst.Score && global < worst.Doc)))
            {
                _heap.EnqueueDequeue(global, (score, global));
            }
        }

        public ScoreDoc[] Top()
        {
            var top = new ScoreDoc[_heap.Count];
            for (var i = top.Length - 1; i >= 0; i--)
            {
                _heap.TryDequeue(out var doc, out var key);
                top[i] = new ScoreDoc(doc, key.Score);
            }

            return top;
        }
    }
}

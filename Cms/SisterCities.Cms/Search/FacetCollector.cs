using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// Counts facet values of every matching document (Lucene.Net.Facet is not available): per segment an int per
/// ordinal, from the segment's ordinals held in arrays (<see cref="SegmentFacetOrds"/>), turned into strings once
/// per segment, so the cost is one array read and one increment per hit and field.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly int[]?[] _counts;
    private SegmentFacetOrds? _segment;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = [.. fields];
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _counts = new int[]?[fields.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Collect(int doc)
    {
        var ords = _segment!.Ords;
        for (var f = 0; f < ords.Length; f++)
        {
            if (ords[f] is { } segmentOrds && segmentOrds[doc] is var ord and >= 0)
            {
                _counts[f]![ord]++;
            }
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _segment = SegmentFacetOrds.For(context.AtomicReader, _fields);
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = _segment.Values[f];
            _counts[f] = values is null ? null : new int[values.Length];
        }
    }

    public IReadOnlyList<FacetCount> Counts(string field)
    {
        var f = Array.IndexOf(_fields, field);
        var totals = _totals[f];
        if (totals.Count == 0 && _segment?.Values[f] is { } values && _counts[f] is { } counts)
        {
            // One segment (the usual case after a rebuild or merge): straight from its counts. Ordinals are in the
            // values' ordinal order, so (count descending, ordinal) packed in a long sorts as the general path does.
            var keys = new List<long>();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    keys.Add(((long)(int.MaxValue - counts[ord]) << 32) | (uint)ord);
                }
            }

            keys.Sort();
            var sorted = new FacetCount[keys.Count];
            for (var i = 0; i < sorted.Length; i++)
            {
                var ord = (int)(keys[i] & uint.MaxValue);
                sorted[i] = new FacetCount(values[ord], counts[ord]);
            }

            return sorted;
        }

        Flush();
        var result = new List<FacetCount>(totals.Count);
        foreach (var (value, count) in totals)
        {
            result.Add(new FacetCount(value, count));
        }

        result.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
        return result;
    }

    /// <summary>Adds the current segment's counts to the totals (values are strings, ordinals differ per segment).</summary>
    private void Flush()
    {
        if (_segment is null)
        {
            return;
        }

        for (var f = 0; f < _fields.Length; f++)
        {
            if (_segment.Values[f] is not { } values || _counts[f] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    var key = values[ord];
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
                    counts[ord] = 0;
                }
            }
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search;

/// <summary>
/// Counts facet values of every matching document from sorted doc values (Lucene.Net.Facet is not available):
/// per segment an int per ordinal, turned into strings once per segment, so the cost is one array increment per hit.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedDocValues?[] _values;
    private readonly int[]?[] _counts;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = [.. fields];
        _totals = [.. fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        _values = new SortedDocValues?[fields.Count];
        _counts = new int[]?[fields.Count];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            var ord = _values[f]?.GetOrd(doc) ?? -1;
            if (ord >= 0)
            {
                _counts[f]![ord]++;
            }
        }
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedDocValues(_fields[f]);
            _values[f] = values;
            _counts[f] = values is null ? null : new int[values.ValueCount];
        }
    }

    public IReadOnlyList<FacetCount> Counts(string field)
    {
        Flush();
        var totals = _totals[Array.IndexOf(_fields, field)];
        return [.. totals.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => new FacetCount(p.Key, p.Value))];
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var f = 0; f < _fields.Length; f++)
        {
            if (_values[f] is not { } values || _counts[f] is not { } counts)
            {
                continue;
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    _totals[f][key] = _totals[f].GetValueOrDefault(key) + counts[ord];
                    counts[ord] = 0;
                }
            }
        }
    }
}

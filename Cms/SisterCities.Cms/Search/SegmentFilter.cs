using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search;

/// <summary>
/// The request's exact filters for <see cref="TermAtATimeSearcher"/>. Site, type, activity and country are answered
/// from the facet ordinals (the same values are indexed as terms and as doc values); only a culture filter needs a
/// bit set from its term. An unknown value matches nothing.
/// </summary>
internal sealed class SegmentFilter
{
    private readonly (int Field, string Value)[] _facetFilters;
    private readonly Filter? _culture;
    private (int[] Ords, int Ord)[] _required = [];
    private FixedBitSet? _allowed;

    private SegmentFilter((int Field, string Value)[] facetFilters, Filter? culture)
    {
        _facetFilters = facetFilters;
        _culture = culture;
    }

    public static SegmentFilter For(SearchRequest request)
    {
        var facetFilters = new List<(int Field, string Value)>();
        foreach (var (field, value) in new[] { (SearchFields.Site, request.Site), (SearchFields.Type, request.Type), (SearchFields.Activity, request.Activity), (SearchFields.Country, request.Country) })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facetFilters.Add((IndexOf(SearchFields.Facets, field), value.Trim()));
            }
        }

        var culture = string.IsNullOrWhiteSpace(request.Culture) ? null : new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Culture, request.Culture.Trim())));
        return new SegmentFilter([.. facetFilters], culture);
    }

    /// <summary>Prepares the segment; false when no document of it can pass.</summary>
    public bool Start(AtomicReaderContext context)
    {
        _allowed = null;
        if (Required(context.AtomicReader) is not { } required)
        {
            return false;
        }

        _required = required;
        if (_culture is null)
        {
            return true;
        }

        if (_culture.GetDocIdSet(context, context.AtomicReader.LiveDocs)?.GetIterator() is not { } iterator)
        {
            return false;
        }

        _allowed = new FixedBitSet(context.AtomicReader.MaxDoc);
        _allowed.Or(iterator);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Admits(int doc)
    {
        if (_allowed is not null && !_allowed.Get(doc))
        {
            return false;
        }

        foreach (var (ords, ord) in _required)
        {
            if (ords[doc] != ord)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Per filter the segment's ordinals and the ordinal a document must have; null when no document of the segment can match.</summary>
    private (int[] Ords, int Ord)[]? Required(AtomicReader reader)
    {
        if (_facetFilters.Length == 0)
        {
            return [];
        }

        var segment = SegmentFacetOrds.For(reader, SearchFields.Facets);
        var required = new (int[] Ords, int Ord)[_facetFilters.Length];
        for (var i = 0; i < _facetFilters.Length; i++)
        {
            var (field, value) = _facetFilters[i];
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
}

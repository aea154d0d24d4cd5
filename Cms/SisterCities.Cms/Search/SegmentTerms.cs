using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SisterCities.Cms.Search;

/// <summary>
/// A segment's terms for one search, positioned from the states of <see cref="WordQueryPlan"/>: one terms enum per
/// field and one postings enum, reused across the query's terms (a postings enum allocates ~2 KB of block buffers, a
/// terms enum clones its input).
/// </summary>
internal sealed class SegmentTerms(AtomicReaderContext context)
{
    private readonly Dictionary<string, TermsEnum> _byField = new(StringComparer.Ordinal);
    private DocsEnum? _postings;

    /// <summary>The terms enum positioned on the term, or null when the segment does not have it.</summary>
    public TermsEnum? Seek(WordQueryPlan.TermWeight term)
    {
        if (term.States.Get(context.Ord) is not { } state)
        {
            return null;
        }

        var field = term.Term.Field;
        if (!_byField.TryGetValue(field, out var termsEnum))
        {
            if (context.AtomicReader.GetTerms(field) is not { } terms)
            {
                return null;
            }

            _byField[field] = termsEnum = terms.GetEnumerator();
        }

        termsEnum.SeekExact(term.Term.Bytes, state);
        return termsEnum;
    }

    /// <summary>The postings (with frequencies) of the term <paramref name="termsEnum"/> is on, skipping documents not in <paramref name="live"/>.</summary>
    public DocsEnum Postings(TermsEnum termsEnum, IBits? live) => _postings = termsEnum.Docs(live, _postings, DocsFlags.FREQS);
}

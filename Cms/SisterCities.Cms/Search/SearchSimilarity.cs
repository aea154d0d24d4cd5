using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SisterCities.Cms.Search;

/// <summary>
/// Lucene's default scoring with a steeper coordination factor: a document that matches every word of
/// "Lviv food products" must outrank one that matches two of them in its title ("Lublin … food products"). The
/// default (overlap / words) lets a strong title match of two words win; cubing it does not. Only the query's
/// top-level word clauses use coordination (the per-field clauses disable it), so single-word queries are unchanged.
/// Query-time only: the index is not affected.
/// </summary>
internal sealed class SearchSimilarity : DefaultSimilarity
{
    public override float Coord(int overlap, int maxOverlap)
    {
        var fraction = base.Coord(overlap, maxOverlap);
        return fraction * fraction * fraction;
    }
}

/// <summary>Gives every searcher of the index the <see cref="SearchSimilarity"/>.</summary>
internal sealed class SearchSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(Lucene.Net.Index.IndexReader reader) =>
        new(reader) { Similarity = new SearchSimilarity() };
}

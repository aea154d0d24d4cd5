using Lucene.Net.Search;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary>
/// Answers searches from the live index only (no database on this path): one cached searcher per index refresh,
/// shared analyzers, a query whose size is bounded by <see cref="SearchQueryBuilder.MaxWords"/> and the page cap.
/// Used by the API and by the theme's search page.
/// </summary>
public sealed class SearchService(SearchIndex index, SearchRebuilder rebuilder, SearchSettings? settings = null)
{
    private readonly SearchResultCache _cache = new((settings ?? new SearchSettings()).ResultCacheSize);
    private readonly SearchGate _gate = new(
        settings?.MaxConcurrentSearches is > 0 and var concurrency ? concurrency : Environment.ProcessorCount,
        (settings ?? new SearchSettings()).MaxWaitingSearches);

    /// <summary>False while the node starts (dictionary loading, index opening): the API answers 503 meanwhile.</summary>
    public bool IsReady => index.IsOpen;

    /// <summary>
    /// <see cref="Search"/> for requests: a cached answer at once, otherwise in turn through the <see cref="SearchGate"/>.
    /// Throws <see cref="SearchBusyException"/> when too many searches wait.
    /// </summary>
    public async Task<SearchResponse> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        if (TryCached(request) is { } cached)
        {
            return cached;
        }

        using var slot = await _gate.EnterAsync(cancellationToken);
        return Search(request);
    }

    public SearchResponse Search(SearchRequest request)
    {
        var key = KeyOf(request);
        var words = SearchQueryBuilder.Words(key.Query.Length > SearchRequestValidation.MaxQueryLength ? key.Query[..SearchRequestValidation.MaxQueryLength] : key.Query);
        if (words.Count == 0 || !index.IsOpen)
        {
            return SearchResponse.Empty(key.Query, key.Page, key.Rebuilding);
        }

        var lease = index.Acquire();
        try
        {
            if (_cache.TryGet(lease.Searcher, key, out var cached))
            {
                return cached!;
            }

            var analyzers = index.Analyzers;
            var response = Run(lease.Searcher, analyzers, request, key, words, didYouMean: null);
            if (response.Total == 0 && SpellingSuggester.Suggest(lease.Searcher, words) is { } suggestion)
            {
                response = Run(lease.Searcher, analyzers, request, key, SearchQueryBuilder.Words(suggestion), suggestion);
            }

            _cache.Add(lease.Searcher, key, response);
            return response;
        }
        finally
        {
            SearchIndex.Release(lease);
        }
    }

    /// <summary>What identifies an answer: the trimmed text, the filters, the page within its bounds, and whether a rebuild runs.</summary>
    private SearchCacheKey KeyOf(SearchRequest request) => new(
        (request.Query ?? "").Trim(), request.Site, request.Type, request.Activity, request.Country, request.Culture,
        Math.Clamp(request.Page, 1, SearchRequestValidation.MaxPage), rebuilder.Progress.Running || index.NeedsRebuild);

    private SearchResponse? TryCached(SearchRequest request)
    {
        if (!index.IsOpen)
        {
            return null;
        }

        var lease = index.Acquire();
        try
        {
            return _cache.TryGet(lease.Searcher, KeyOf(request), out var cached) ? cached : null;
        }
        finally
        {
            SearchIndex.Release(lease);
        }
    }

    private static SearchResponse Run(
        IndexSearcher searcher, SearchAnalyzers analyzers, SearchRequest request, SearchCacheKey key, IReadOnlyList<string> words, string? didYouMean)
    {
        var (query, page, rebuilding) = (key.Query, key.Page, key.Rebuilding);
        var built = SearchQueryBuilder.Build(words, analyzers);
        if (built is null)
        {
            return SearchResponse.Empty(query, page, rebuilding);
        }

        var pageSize = SearchRequestValidation.PageSize;
        var facets = new FacetCollector(SearchFields.Facets);
        var (total, top) = Collect(searcher, built, request, page * pageSize, facets);
        var highlighter = new SnippetHighlighter(words, analyzers);
        var hits = new List<SearchHit>(pageSize);
        foreach (var scoreDoc in top.Skip((page - 1) * pageSize).Take(pageSize))
        {
            var stored = new StoredHitFields();
            searcher.Doc(scoreDoc.Doc, stored);
            hits.Add(new SearchHit(
                stored.Id,
                stored.Type,
                stored.Title,
                highlighter.Title(stored.Title),
                highlighter.Snippet(stored.Text),
                stored.Url,
                stored.Site,
                stored.SiteName,
                stored.Culture,
                stored.Date is { } millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : null,
                scoreDoc.Score));
        }

        var searchFacets = new SearchFacets(
            facets.Counts(SearchFields.Site), facets.Counts(SearchFields.Type), facets.Counts(SearchFields.Activity), facets.Counts(SearchFields.Country));
        var pageCount = (int)Math.Min(SearchRequestValidation.MaxPage, (total + pageSize - 1) / pageSize);
        return new SearchResponse(query, total, page, pageSize, pageCount, hits, searchFacets, didYouMean, rebuilding);
    }

    /// <summary>The number of matches and the best <paramref name="topN"/>, term at a time when the query allows it (always, for built queries).</summary>
    private static (int Total, ScoreDoc[] Top) Collect(IndexSearcher searcher, Query built, SearchRequest request, int topN, FacetCollector facets)
    {
        if (TermAtATimeSearcher.Search(searcher, built, request, topN, facets) is { } result)
        {
            return result;
        }

        var top = TopScoreDocCollector.Create(topN, docsScoredInOrder: false);
        searcher.Search(SearchQueryBuilder.Filtered(built, request), MultiCollector.Wrap(top, facets));
        return (top.TotalHits, top.GetTopDocs().ScoreDocs);
    }
}

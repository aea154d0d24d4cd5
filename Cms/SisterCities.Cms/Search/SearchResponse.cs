namespace SisterCities.Cms.Search;

/// <summary>One page of search results with facet counts, ready for the API and the theme's search page.</summary>
public sealed record SearchResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    int PageCount,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    string? DidYouMean,
    bool IndexRebuilding)
{
    public static SearchResponse Empty(string query, int page, bool rebuilding) =>
        new(query, 0, page, SearchRequestValidation.PageSize, 0, [], SearchFacets.None, null, rebuilding);
}

/// <summary>One result. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded apart from <c>&lt;mark&gt;</c>.</summary>
public sealed record SearchHit(
    string Id,
    string Type,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string Url,
    string SiteKey,
    string SiteName,
    string Culture,
    DateTimeOffset? Date,
    float Score);

/// <summary>How many matching documents carry each value, most frequent first.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetCount> Site,
    IReadOnlyList<FacetCount> Type,
    IReadOnlyList<FacetCount> Activity,
    IReadOnlyList<FacetCount> Country)
{
    public static SearchFacets None { get; } = new([], [], [], []);
}

public sealed record FacetCount(string Value, int Count);

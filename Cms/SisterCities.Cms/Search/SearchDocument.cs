namespace SisterCities.Cms.Search;

/// <summary>
/// One public, searchable thing as a source describes it: a published page in one culture, a verified business,
/// a showroom item. The indexer turns it into a Lucene document; nothing here is Lucene-specific.
/// </summary>
public sealed record SearchDocument
{
    /// <summary>Unique across the index, e.g. <c>content:{key}:uk</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The feed entity and id this document belongs to (<c>content:{key}</c>).</summary>
    public required string Owner { get; init; }

    /// <summary>
    /// Further owners whose change must also remove this document: a showroom item and a project carry
    /// <c>business:{id}</c>, so suspending the business deletes them with it (the business source re-adds what is public).
    /// </summary>
    public IReadOnlyList<string> AlsoOwnedBy { get; init; } = [];

    /// <summary>What kind of thing it is: a content type alias (<c>newsArticle</c>), <c>business</c>, <c>project</c>.</summary>
    public required string Type { get; init; }

    public required string Title { get; init; }

    /// <summary>Plain text (HTML already stripped) that is searched and from which snippets are cut.</summary>
    public required string Text { get; init; }

    /// <summary>Site-relative or absolute URL of the public page.</summary>
    public required string Url { get; init; }

    public required string SiteKey { get; init; }

    public required string SiteName { get; init; }

    public required string Culture { get; init; }

    public DateTimeOffset? Date { get; init; }

    /// <summary>KVED section letter (A–U) for businesses, items and projects.</summary>
    public string? ActivitySection { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code, <c>UA</c> for Ukrainian municipalities.</summary>
    public string? Country { get; init; }
}

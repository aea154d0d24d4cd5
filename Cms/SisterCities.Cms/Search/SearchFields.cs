namespace SisterCities.Cms.Search;

/// <summary>Field names of the search index, in one place for the indexer, the query builder and the facets.</summary>
public static class SearchFields
{
    /// <summary>Unique key of a document (<c>content:{key}:{culture}</c>): updates replace by this term.</summary>
    public const string Id = "id";

    /// <summary>The entity the document came from (<c>content:{key}</c>): a change deletes all its documents first.</summary>
    public const string Owner = "owner";

    public const string Type = "type";
    public const string Site = "site";
    public const string SiteName = "site_name";
    public const string Culture = "culture";
    public const string Activity = "activity";
    public const string Country = "country";
    public const string Date = "date";
    public const string Title = "title";
    public const string Url = "url";
    public const string Text = "text";

    // Searchable copies of the title and text, one per analysis.
    public const string TitleUk = "title_uk";
    public const string TextUk = "text_uk";
    public const string TitleEn = "title_en";
    public const string TextEn = "text_en";
    public const string TitleLatin = "title_tr";
    public const string TextLatin = "text_tr";

    /// <summary>Plain lower-cased words of titles, for "did you mean" suggestions.</summary>
    public const string Words = "words";

    /// <summary>Fields counted as facets (single-valued, with sorted doc values).</summary>
    public static readonly IReadOnlyList<string> Facets = [Site, Type, Activity, Country];
}

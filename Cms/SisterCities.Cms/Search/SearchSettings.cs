namespace SisterCities.Cms.Search;

/// <summary>Search configuration (<c>Cms:Search:*</c>): where the hunspell dictionary lives, the result cache.</summary>
public sealed class SearchSettings
{
    public const string Section = "Cms:Search";

    /// <summary>Folder holding <c>uk_UA.aff</c> and <c>uk_UA.dic</c> (Debian's hunspell-uk).</summary>
    public string HunspellFolder { get; set; } = Analysis.UkrainianDictionary.DefaultFolder;

    /// <summary>
    /// How many answers are kept per index version (<c>Cms:Search:ResultCacheSize</c>); 0 turns the cache off. The
    /// cache is emptied by every index change, so it never shows stale results.
    /// </summary>
    public int ResultCacheSize { get; set; } = 4096;

    /// <summary>
    /// How many searches run at once (<c>Cms:Search:MaxConcurrentSearches</c>); the rest wait in arrival order. 0
    /// means one per processor core.
    /// </summary>
    public int MaxConcurrentSearches { get; set; }

    /// <summary>How many may wait (<c>Cms:Search:MaxWaitingSearches</c>); beyond that a search is answered 503.</summary>
    public int MaxWaitingSearches { get; set; } = 1000;
}

namespace SisterCities.Cms.Search;

/// <summary>Search configuration (<c>Cms:Search:*</c>): where the hunspell dictionary lives.</summary>
public sealed class SearchSettings
{
    public const string Section = "Cms:Search";

    /// <summary>Folder holding <c>uk_UA.aff</c> and <c>uk_UA.dic</c> (Debian's hunspell-uk).</summary>
    public string HunspellFolder { get; set; } = Analysis.UkrainianDictionary.DefaultFolder;
}

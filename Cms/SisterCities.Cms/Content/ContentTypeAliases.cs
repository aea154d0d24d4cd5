namespace SisterCities.Cms.Content;

/// <summary>The content types every site starts with (Umbraco-style camel-case aliases).</summary>
public static class ContentTypeAliases
{
    public const string Home = "home";
    public const string Page = "page";
    public const string NewsList = "newsList";
    public const string NewsArticle = "newsArticle";
    public const string Event = "event";
    public const string Service = "service";
    public const string Alert = "alert";
}

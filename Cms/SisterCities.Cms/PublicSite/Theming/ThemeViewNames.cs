using SisterCities.Cms.Content;

namespace SisterCities.Cms.PublicSite.Theming;

/// <summary>The views every theme provides. A content type without a view of its own uses <see cref="Page"/>.</summary>
public static class ThemeViewNames
{
    public const string Home = "Home";
    public const string Page = "Page";
    public const string NewsList = "NewsList";
    public const string NewsArticle = "NewsArticle";
    public const string Service = "Service";
    public const string Event = "Event";
    public const string NotFound = "NotFound";
    public const string Error = "Error";
    public const string Landing = "Landing";
    public const string SisterCities = "SisterCities";
    public const string Search = "Search";
    public const string PartnershipDirectory = "PartnershipDirectory";
    public const string CatalogList = "CatalogList";
    public const string Showroom = "Showroom";
    public const string ProjectPage = "ProjectPage";
    public const string InquirySent = "InquirySent";
    public const string EventsCalendar = "EventsCalendar";
    public const string NetworkEventPage = "NetworkEventPage";
    public const string SiteInfo = "SiteInfo";

    public static string ForContentType(string alias) => alias switch
    {
        ContentTypeAliases.Home => Home,
        ContentTypeAliases.NewsList => NewsList,
        ContentTypeAliases.NewsArticle => NewsArticle,
        ContentTypeAliases.Service => Service,
        ContentTypeAliases.Event => Event,
        _ => Page,
    };
}

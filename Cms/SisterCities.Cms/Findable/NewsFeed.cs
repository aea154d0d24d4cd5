namespace SisterCities.Cms.Findable;

/// <summary>A site's news in one culture: what both the RSS and the Atom documents show.</summary>
public sealed record NewsFeed(string Title, string Language, string SiteUrl, string SelfUrl, DateTimeOffset Updated, IReadOnlyList<FeedItem> Items)
{
    /// <summary>Feed readers poll; twenty items cover weeks of municipal news.</summary>
    public const int ItemCount = 20;
}

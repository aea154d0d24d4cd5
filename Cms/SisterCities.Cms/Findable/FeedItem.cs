namespace SisterCities.Cms.Findable;

/// <summary>One news article in a feed, with absolute URL.</summary>
public sealed record FeedItem(string Title, string Url, string? Summary, DateTimeOffset Published, DateTimeOffset Updated);

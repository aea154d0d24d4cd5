namespace SisterCities.Cms.PublicSite;

/// <summary>A published item in a list, before its URL is built for the request.</summary>
public sealed record PublishedListEntry(string Name, string UrlPath, DateTimeOffset? PublishedAt, string? Summary);

namespace SisterCities.Cms.PublicSite;

/// <summary>A published item in a list (news teaser, service, menu entry), with its URL already built.</summary>
public sealed record ContentLink(string Name, string Url, DateTimeOffset? PublishedAt, string? Summary);

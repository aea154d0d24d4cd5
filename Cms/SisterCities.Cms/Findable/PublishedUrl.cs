namespace SisterCities.Cms.Findable;

/// <summary>One published variant as a crawler sees it: where it lives and when it last changed.</summary>
public sealed record PublishedUrl(
    int ItemId, string ContentType, string Culture, string Name, string UrlPath, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, long VersionId);

namespace SisterCities.Cms.Findable;

/// <summary>
/// One published variant as a crawler sees it. <see cref="PublishedAt"/> is the latest publication (the live
/// version's time); <see cref="UpdatedAt"/> also moves when a draft is saved, so it is only a fallback.
/// </summary>
public sealed record PublishedUrl(
    int ItemId, string ContentType, string Culture, string Name, string UrlPath, DateTimeOffset? PublishedAt, DateTimeOffset UpdatedAt, long VersionId);

namespace SisterCities.Cms.PublicSite;

/// <summary>One culture of a content item as the public sees it: its live version, never a draft.</summary>
public sealed record PublishedPage(
    int ItemId,
    Guid Key,
    int? ParentId,
    string ContentType,
    string Culture,
    string Name,
    string UrlPath,
    DateTimeOffset? PublishedAt,
    PropertyValues Values);

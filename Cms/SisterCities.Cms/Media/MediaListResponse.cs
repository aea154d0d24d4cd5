namespace SisterCities.Cms.Media;

/// <summary>A page of library items, Umbraco-style: the total and the items.</summary>
public sealed record MediaListResponse(int Total, IReadOnlyList<MediaItemResponse> Items);

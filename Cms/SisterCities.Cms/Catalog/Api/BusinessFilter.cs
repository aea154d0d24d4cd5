namespace SisterCities.Cms.Catalog.Api;

/// <summary>The checked filters of <c>GET /api/v1/businesses</c>.</summary>
public sealed record BusinessFilter(
    string? Section,
    string? Division,
    string? Country,
    int? SiteId,
    bool? Exporting,
    string? NameText,
    int Skip,
    int Take);

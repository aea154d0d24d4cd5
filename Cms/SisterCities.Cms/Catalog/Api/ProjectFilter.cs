using SisterCities.Cms.Catalog.Projects;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>The checked filters of <c>GET /api/v1/projects</c>.</summary>
public sealed record ProjectFilter(string? Sector, int? SiteId, ProjectStage? Stage, int Skip, int Take);

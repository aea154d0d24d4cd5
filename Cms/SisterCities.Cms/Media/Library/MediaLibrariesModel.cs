using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Media.Library;

/// <summary>The libraries a user may open: the shared network library and the sites they work on.</summary>
public sealed record MediaLibrariesModel(IReadOnlyList<SiteSummary> Sites, bool CanWriteNetwork, string? Query);

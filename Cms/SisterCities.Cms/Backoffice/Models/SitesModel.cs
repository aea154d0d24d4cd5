using SisterCities.Cms.Accounts;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>The start page: the sites this user may work on, with their role on each.</summary>
public sealed record SitesModel(IReadOnlyList<(SiteSummary Site, SiteRole Role)> Sites, string? Query);

using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record ProjectModel(
    Business Business, Guid? ProjectId, ProjectForm Form, IReadOnlyList<PortalImage> Documents,
    IReadOnlyList<KvedEntry> Sections, IReadOnlyList<SiteSummary> Sites, string? Notice = null);

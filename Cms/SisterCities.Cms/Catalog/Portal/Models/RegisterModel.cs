using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>The registration or profile page: the form plus the choices it offers.</summary>
public sealed record RegisterModel(BusinessForm Form, IReadOnlyList<SiteSummary> Sites, Guid? BusinessId = null, string? LogoUrl = null, string? Notice = null);

using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>The registration or profile page: the form plus the choices it offers (on the profile, the business's state decides whether its legal identity is editable).</summary>
public sealed record RegisterModel(
    BusinessForm Form, IReadOnlyList<SiteSummary> Sites, Guid? BusinessId = null, string? LogoUrl = null, string? Notice = null, VerificationState? State = null);

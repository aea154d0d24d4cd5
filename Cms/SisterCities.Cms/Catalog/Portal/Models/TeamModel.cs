using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record TeamModel(Business Business, IReadOnlyList<TeamMember> Members, bool IsOwner, FormErrors Errors, string? Notice = null);

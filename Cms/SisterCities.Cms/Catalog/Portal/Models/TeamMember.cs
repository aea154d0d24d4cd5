using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

public sealed record TeamMember(string UserId, string Email, string Name, BusinessManagerRole Role);

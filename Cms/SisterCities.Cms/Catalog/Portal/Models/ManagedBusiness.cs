using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>One business the signed-in account manages, for the switcher.</summary>
public sealed record ManagedBusiness(Guid Id, string DisplayName, VerificationState State, BusinessManagerRole Role);

using SisterCities.Cms.Partnerships.Matchmaking;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>One matched business as the portal shows it: where it is, the reasons in the user's language, its public showroom.</summary>
public sealed record SisterCityMatchRow(BusinessMatch Match, string Place, IReadOnlyList<string> Reasons, string? ShowroomUrl);

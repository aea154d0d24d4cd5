namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>A verified business in a sister city whose activities fit the asking business's, with the reasons in words.</summary>
public sealed record BusinessMatch(
    Guid BusinessId, string DisplayName, string CountryCode, string? Municipality, string? City, int Score, IReadOnlyList<string> SharedDivisions,
    IReadOnlyList<Reason> Reasons);

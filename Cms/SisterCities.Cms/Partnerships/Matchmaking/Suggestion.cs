namespace SisterCities.Cms.Partnerships.Matchmaking;

/// <summary>One suggested partner with the reasons, in words, that put it on the list.</summary>
public sealed record Suggestion(string Kind, string Key, string NameEn, string NameUk, string? Country, int Score, IReadOnlyList<Reason> Reasons);

public sealed record Reason(string En, string Uk);

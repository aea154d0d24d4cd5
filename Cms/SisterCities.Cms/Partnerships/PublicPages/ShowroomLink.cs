namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>A business as an offer's author or a match: its display name and public showroom address.</summary>
public sealed record ShowroomLink(string Name, string? Url);

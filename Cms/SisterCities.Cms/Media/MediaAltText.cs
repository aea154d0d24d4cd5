namespace SisterCities.Cms.Media;

/// <summary>Alternative text per culture.</summary>
public sealed record MediaAltText(string? Uk, string? En);

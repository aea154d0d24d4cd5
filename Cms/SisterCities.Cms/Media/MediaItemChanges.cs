namespace SisterCities.Cms.Media;

/// <summary>An edit of a media item's descriptive data; null members are left as they are.</summary>
public sealed record MediaItemChanges(string? AltUk, string? AltEn, double? FocalLeft, double? FocalTop);

namespace SisterCities.Cms.Media;

/// <summary>A crop as Umbraco's Delivery API lists it; ours are the named presets, so coordinates are null (focal point decides).</summary>
public sealed record DeliveryMediaCrop(string Alias, int Width, int Height, object? Coordinates);

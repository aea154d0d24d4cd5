namespace SisterCities.Cms.Media;

/// <summary>Focal point as fractions of width (left) and height (top), as in Umbraco's image cropper.</summary>
public sealed record MediaFocalPoint(double Left, double Top);

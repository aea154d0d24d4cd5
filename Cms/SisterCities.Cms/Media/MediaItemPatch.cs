namespace SisterCities.Cms.Media;

/// <summary>Body of <c>PATCH /backoffice/api/media/{key}</c>; omitted members stay as they are.</summary>
public sealed record MediaItemPatch(MediaAltText? AltText, MediaFocalPoint? FocalPoint);

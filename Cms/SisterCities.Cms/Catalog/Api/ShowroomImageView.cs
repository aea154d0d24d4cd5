namespace SisterCities.Cms.Catalog.Api;

/// <summary>A showroom picture: its media-library key, the site-relative URL of the cleaned original and its alt text in the requested culture.</summary>
public sealed record ShowroomImageView(Guid MediaKey, string Url, string Alt);

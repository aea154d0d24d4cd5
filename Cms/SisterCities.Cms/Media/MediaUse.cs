namespace SisterCities.Cms.Media;

/// <summary>One place a media item is used: what kind of thing, its key, a name to show, and the culture where it applies.</summary>
public sealed record MediaUse(string Kind, Guid Key, string Name, string? Culture, int? SiteId);

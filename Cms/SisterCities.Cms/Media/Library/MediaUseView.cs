namespace SisterCities.Cms.Media.Library;

/// <summary>
/// One "used by" line as the signed-in user may see it: the name and a link only for sites they work on;
/// a use on another city's site shows just that city, so a network image never leaks another city's drafts.
/// </summary>
public sealed record MediaUseView(string Text, string? Culture, string? Url, string? SiteName);

namespace SisterCities.Cms.SiteInfo;

/// <summary>One headed section of a site statement.</summary>
public sealed record SiteInfoSection(string Heading, IReadOnlyList<string> Paragraphs);

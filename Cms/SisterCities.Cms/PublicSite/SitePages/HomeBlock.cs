namespace SisterCities.Cms.PublicSite.SitePages;

/// <summary>One home-page section: a heading, a few links with a note each, and a link to the full list.</summary>
/// <param name="Id">The section's element id (its heading is <c>{Id}-title</c>).</param>
public sealed record HomeBlock(string Id, string Heading, IReadOnlyList<ContentLink> Links, string MoreText, string MoreUrl);

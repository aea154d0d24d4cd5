namespace SisterCities.Cms.PublicSite.Models;

/// <summary>A list of news teasers inside a page, with the heading level that keeps the page's outline in order.</summary>
public sealed record NewsTeasers(PublicPageModel Page, IReadOnlyList<ContentLink> Items, int HeadingLevel);

namespace SisterCities.Cms.PublicSite.SitePages;

/// <summary>
/// A section a feature adds to every city's home page (local businesses, upcoming events). A source with nothing
/// to show returns null and the section is left out, so a city without businesses still has a tidy home page.
/// </summary>
public interface IHomeBlockSource
{
    /// <summary>Lower comes first.</summary>
    int Order { get; }

    Task<HomeBlock?> BuildAsync(SitePageRequest request, CancellationToken cancellationToken);
}

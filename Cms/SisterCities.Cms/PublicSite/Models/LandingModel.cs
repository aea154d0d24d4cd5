namespace SisterCities.Cms.PublicSite.Models;

/// <summary>The network landing page: every city, filtered by the search box.</summary>
public sealed class LandingModel : PublicPageModel
{
    public string? Query { get; init; }

    public IReadOnlyList<LandingCity> Cities { get; init; } = [];

    public int VisibleCount => Cities.Count(c => c.Visible);

    public override string DocumentTitle => NetworkName;

    public override string? Description => Text.NetworkIntro;
}

namespace SisterCities.Cms.PublicSite.Models;

/// <summary>A site's home page: who the city is, the latest news, its services.</summary>
public sealed class HomeModel : ContentPageModel
{
    public IReadOnlyList<ContentLink> LatestNews { get; init; } = [];

    public IReadOnlyList<ContentLink> Services { get; init; } = [];

    /// <summary>Null when the site has no published news list in this culture.</summary>
    public string? AllNewsUrl { get; init; }

    /// <summary>Sections features add (local businesses and projects, upcoming events); empty ones are left out.</summary>
    public IReadOnlyList<SitePages.HomeBlock> Blocks { get; init; } = [];

    public override string DocumentTitle => SiteName;

    public override string? Description => Values.Text("intro") ?? (OblastName is null ? SiteName : $"{SiteName}, {OblastName}");
}

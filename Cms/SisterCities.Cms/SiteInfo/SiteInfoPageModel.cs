using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.SiteInfo;

/// <summary>A statement every city site publishes (accessibility, privacy): sections of plain paragraphs.</summary>
public sealed class SiteInfoPageModel : PublicPageModel
{
    public required IReadOnlyList<SiteInfoSection> Sections { get; init; }

    public required string Summary { get; init; }

    public override string? Description => Summary;
}

using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>"Our sister cities": the site's partners as a list and on a locally drawn map.</summary>
public sealed class SisterCitiesModel : PublicPageModel
{
    public required IReadOnlyList<PartnerEntry> Partners { get; init; }

    /// <summary>The map as inline SVG markup made by <see cref="Map.PartnershipMapSvg"/> (text inside is encoded).</summary>
    public required string MapSvg { get; init; }

    public required string Intro { get; init; }

    public required string MapCaption { get; init; }

    public required string SinceLabel { get; init; }

    public required string SourceLabel { get; init; }

    public required string EmptyText { get; init; }

    public override string? Description => Intro;
}

public sealed record PartnerEntry(string Name, string Country, int? SinceYear, IReadOnlyList<string> Areas, string? Description, string? SourceUrl, string Status);

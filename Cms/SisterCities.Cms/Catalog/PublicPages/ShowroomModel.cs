using System.Text.Json.Nodes;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Findable;
using SisterCities.Cms.Media;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>A verified business's showroom: profile, products and services with images, projects, the inquiry form.</summary>
public sealed class ShowroomModel : PublicPageModel, IHasStructuredData
{
    public required CatalogWords Words { get; init; }

    public required BusinessView Business { get; init; }

    public required string Place { get; init; }

    public PublicImage? Logo { get; init; }

    /// <summary>The showroom's banner; null when none is set or it lacks alt texts.</summary>
    public PublicImage? Cover { get; init; }

    /// <summary>The showroom's own pictures (premises, production, team) that have alt texts, in display order.</summary>
    public IReadOnlyList<PublicImage> Gallery { get; init; } = [];

    public required IReadOnlyList<ShowroomCard> Items { get; init; }

    public required IReadOnlyList<ProjectCard> Projects { get; init; }

    public required IReadOnlyList<string> ExportMarketNames { get; init; }

    public required InquiryForm Form { get; init; }

    public required string CatalogUrl { get; init; }

    /// <summary>Absolute URLs for JSON-LD.</summary>
    public required string AbsoluteUrl { get; init; }

    public string? AbsoluteLogoUrl { get; init; }

    public override string? Description => Business.Tagline ?? (Business.Description?.Split('\n')[0] is { } first && first.Length > 200 ? first[..200] + "…" : Business.Description?.Split('\n')[0]);

    public JsonObject? StructuredData(string homeUrl) => CatalogStructuredData.Organization(this);
}

/// <summary>A product or service as shown, with its price already formatted and its images through renditions.</summary>
public sealed record ShowroomCard(
    string Id, string Kind, string Name, string? Description, string? Activity, string? Price, string? MinimumOrder, bool Export,
    IReadOnlyList<PublicImage> Images, ShowroomItemView Source);

using System.Text.Json.Nodes;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Findable;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>A public investment project with the inquiry form.</summary>
public sealed class ProjectPageModel : PublicPageModel, IHasStructuredData
{
    public required CatalogWords Words { get; init; }

    public required ProjectView Project { get; init; }

    public string? Amount { get; init; }

    public string? Place { get; init; }

    public string? OwnerName { get; init; }

    /// <summary>The owning business's showroom, when a business owns it and the showroom is shown in this scope.</summary>
    public string? OwnerUrl { get; init; }

    public required InquiryForm Form { get; init; }

    public required string ProjectsUrl { get; init; }

    public required string AbsoluteUrl { get; init; }

    public override string? Description => Project.Description is { } d ? (d.Length > 200 ? d[..200] + "…" : d) : null;

    public JsonObject? StructuredData(string homeUrl) => CatalogStructuredData.Project(this);
}

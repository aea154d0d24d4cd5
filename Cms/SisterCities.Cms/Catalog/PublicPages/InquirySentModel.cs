using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>The page after an inquiry was accepted (the form redirects here, so a reload never sends it twice).</summary>
public sealed class InquirySentModel : PublicPageModel
{
    public required CatalogWords Words { get; init; }

    public required string BackUrl { get; init; }

    public required string BackName { get; init; }
}

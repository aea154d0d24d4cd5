namespace SisterCities.Cms.Catalog.Api;

/// <summary>A verified business in a public list. Contact e-mail and phone are deliberately absent.</summary>
public sealed record BusinessSummaryView(
    Guid Id,
    string DisplayName,
    string LegalName,
    string? Tagline,
    string Country,
    SiteRef? Municipality,
    string? ForeignCity,
    string SizeBand,
    IReadOnlyList<KvedRef> Activities,
    IReadOnlyList<string> ExportMarkets,
    Guid? Logo);

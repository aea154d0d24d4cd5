namespace SisterCities.Cms.Catalog.Api;

/// <summary>A verified business's public profile. Contact e-mail and phone are deliberately absent: inquiries go through the platform.</summary>
public sealed record BusinessView(
    Guid Id,
    string Culture,
    string DisplayName,
    string LegalName,
    string? Tagline,
    string? Description,
    IReadOnlyList<string> Cultures,
    string Country,
    string? Edrpou,
    string? ForeignRegistrationNumber,
    SiteRef? Municipality,
    string? ForeignCity,
    string? Address,
    string? Website,
    string SizeBand,
    int? FoundedYear,
    IReadOnlyList<KvedRef> Activities,
    IReadOnlyList<string> ExportMarkets,
    IReadOnlyList<string> Certifications,
    Guid? Logo,
    int ShowroomItemCount,
    IReadOnlyList<ProjectSummaryView> Projects);

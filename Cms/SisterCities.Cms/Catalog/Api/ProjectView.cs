namespace SisterCities.Cms.Catalog.Api;

/// <summary>A public investment project. Its contact is deliberately absent: inquiries go through the platform.</summary>
public sealed record ProjectView(
    Guid Id,
    string Culture,
    string Title,
    string? Description,
    KvedRef Sector,
    string Stage,
    string Status,
    decimal? AmountSought,
    string? Currency,
    SiteRef? Location,
    Guid? BusinessId,
    string? BusinessName,
    SiteRef? OwnerMunicipality,
    IReadOnlyList<Guid> Documents);

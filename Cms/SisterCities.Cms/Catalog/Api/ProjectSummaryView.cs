namespace SisterCities.Cms.Catalog.Api;

public sealed record ProjectSummaryView(
    Guid Id,
    string Title,
    string Sector,
    string Stage,
    string Status,
    decimal? AmountSought,
    string? Currency,
    SiteRef? Location,
    Guid? BusinessId,
    SiteRef? OwnerMunicipality);

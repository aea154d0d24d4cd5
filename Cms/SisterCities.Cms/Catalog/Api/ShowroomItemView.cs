namespace SisterCities.Cms.Catalog.Api;

public sealed record ShowroomItemView(
    Guid Id,
    string Kind,
    string Name,
    string? Description,
    IReadOnlyList<Guid> Images,
    KvedRef? Activity,
    decimal? PriceMin,
    decimal? PriceMax,
    string? PriceCurrency,
    string? MinimumOrder,
    bool AvailableForExport);

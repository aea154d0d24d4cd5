namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>An indicative price range in an ISO 4217 currency; either bound may be open.</summary>
public sealed record PriceRange(decimal? Min, decimal? Max, string Currency);

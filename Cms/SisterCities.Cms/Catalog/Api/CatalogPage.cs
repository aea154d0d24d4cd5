namespace SisterCities.Cms.Catalog.Api;

/// <summary>One page of a public list: the total matching and the items from <c>skip</c>.</summary>
public sealed record CatalogPage<T>(int Total, IReadOnlyList<T> Items);

namespace SisterCities.Cms.Delivery;

/// <summary>A page of a query: how many items match in all, and the requested slice.</summary>
/// <param name="Total">Matches before <c>skip</c>/<c>take</c>.</param>
/// <param name="Items">The page.</param>
public sealed record DeliveryPagedResult(long Total, IReadOnlyList<DeliveryContentItem> Items);

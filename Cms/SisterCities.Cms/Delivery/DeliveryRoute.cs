namespace SisterCities.Cms.Delivery;

/// <summary>Where an item lives: its path within its site (<c>/</c> for the root) and the site's start item.</summary>
/// <param name="Path">Path below the site's culture root, e.g. <c>/news/flood-relief</c>.</param>
/// <param name="StartItem">The site root.</param>
public sealed record DeliveryRoute(string Path, DeliveryStartItem StartItem);

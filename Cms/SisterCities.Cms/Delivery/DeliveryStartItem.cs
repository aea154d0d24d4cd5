namespace SisterCities.Cms.Delivery;

/// <summary>The root of the site an item belongs to: the root item's key and the site key.</summary>
/// <param name="Id">Key of the site's root content item.</param>
/// <param name="Path">The site key, e.g. <c>lviv</c>.</param>
public sealed record DeliveryStartItem(Guid Id, string Path);

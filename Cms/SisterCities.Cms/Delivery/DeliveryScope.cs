using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>What the headers of one Delivery API request decided: the site scope (if any), culture and preview.</summary>
/// <param name="Site">The site named by <c>Start-Item</c> or the request host; null for a network-wide request.</param>
/// <param name="Culture">The culture picked from <c>Accept-Language</c>.</param>
/// <param name="Preview">True when a valid <c>Api-Key</c> asked for drafts.</param>
public sealed record DeliveryScope(SiteSummary? Site, string Culture, bool Preview);

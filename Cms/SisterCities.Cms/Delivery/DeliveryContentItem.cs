using System.Text.Json.Nodes;

namespace SisterCities.Cms.Delivery;

/// <summary>One content item in Umbraco Delivery API v2 shape.</summary>
/// <param name="Name">Name in the requested culture.</param>
/// <param name="CreateDate">When the item was created (UTC).</param>
/// <param name="UpdateDate">When the returned version went live (or was saved, for preview).</param>
/// <param name="Route">Path and start item in the requested culture.</param>
/// <param name="Id">The item's key.</param>
/// <param name="ContentType">Content type alias, e.g. <c>newsArticle</c>.</param>
/// <param name="Properties">Property values by alias, shaped by <c>fields</c>.</param>
/// <param name="Cultures">Every published culture of the item with its route.</param>
public sealed record DeliveryContentItem(
    string Name,
    DateTimeOffset CreateDate,
    DateTimeOffset UpdateDate,
    DeliveryRoute Route,
    Guid Id,
    string ContentType,
    IReadOnlyDictionary<string, JsonNode?> Properties,
    IReadOnlyDictionary<string, DeliveryRoute> Cultures);

using System.Text.Json.Nodes;
using SisterCities.Cms.Content;

namespace SisterCities.Cms.Delivery;

/// <summary>A row's properties as built for one content type and rich-text setting; the nodes are fully materialized, never changed.</summary>
internal sealed record DeliveryBuiltProperties(bool RichTextAsJson, ContentType? Type, IReadOnlyDictionary<string, JsonNode?> All);

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using SisterCities.Cms.Content;
using SisterCities.Cms.Delivery.Network;

namespace SisterCities.Cms.Delivery;

/// <summary>Source-generated (reflection-free) serialization of every Delivery and network API response.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DeliveryPagedResult))]
[JsonSerializable(typeof(DeliveryContentItem))]
[JsonSerializable(typeof(List<DeliveryContentItem>))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(NetworkSite))]
[JsonSerializable(typeof(NetworkSiteList))]
[JsonSerializable(typeof(List<ContentType>))]
internal sealed partial class DeliveryJsonContext : JsonSerializerContext
{
    /// <summary>Cyrillic stays readable (not \u-escaped); HTML-significant characters are still escaped.</summary>
    public static DeliveryJsonContext Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}

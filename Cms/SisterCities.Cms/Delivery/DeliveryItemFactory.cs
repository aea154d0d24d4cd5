using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Content;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>Turns loaded rows into the API's item JSON: routes per culture, properties shaped by <c>fields</c>.</summary>
internal sealed class DeliveryItemFactory(DeliveryCatalog catalog, SiteDirectory sites, IOptionsMonitor<DeliveryOptions> options)
{
    public async Task<List<DeliveryContentItem>> CreateAsync(
        IReadOnlyList<DeliveryRow> rows, ILookup<int, (string Culture, string UrlPath)> cultures, PropertySelection fields, CancellationToken cancellationToken)
    {
        var asJson = options.CurrentValue.RichTextOutputAsJson;
        var result = new List<DeliveryContentItem>(rows.Count);
        foreach (var row in rows)
        {
            var site = await sites.FindByIdAsync(row.SiteId, cancellationToken);
            var rootKey = await catalog.RootKeyAsync(row.SiteId, cancellationToken) ?? row.Key;
            var startItem = new DeliveryStartItem(rootKey, site?.Key ?? "");
            var type = await catalog.TypeAsync(row.ContentType, cancellationToken);
            var routes = new Dictionary<string, DeliveryRoute>(StringComparer.Ordinal);
            foreach (var (culture, urlPath) in cultures[row.Id])
            {
                routes[culture] = new DeliveryRoute(urlPath, startItem);
            }

            result.Add(new DeliveryContentItem(
                row.Name,
                row.CreateDate,
                row.UpdateDate,
                new DeliveryRoute(row.UrlPath, startItem),
                row.Key,
                row.ContentType,
                Properties(type, row.Values, fields, asJson),
                routes));
        }

        return result;
    }

    private static Dictionary<string, JsonNode?> Properties(ContentType? type, string valuesJson, PropertySelection fields, bool richTextAsJson)
    {
        var properties = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (!fields.IsAll && fields.Named.Count == 0)
        {
            return properties;
        }

        var values = JsonNode.Parse(valuesJson) as JsonObject ?? [];

        // Declared properties first, in the type's order and null when empty (as Umbraco does); then any stored
        // value the type no longer declares is left out, so a removed property does not leak old data.
        foreach (var property in type?.Properties ?? [])
        {
            var alias = property.Alias;
            if (!fields.Includes(alias))
            {
                continue;
            }

            // The parsed document belongs to this response alone, so its nodes are used without a copy.
            var value = values[alias];
            properties[alias] = property.Editor == PropertyEditors.RichText && value is JsonValue html && html.TryGetValue<string>(out var text)
                ? RichTextOutput.Render(text, richTextAsJson)
                : value;
        }

        return properties;
    }
}

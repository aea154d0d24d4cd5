using System.Text.Json;
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
                Properties(row, type, fields, asJson),
                routes));
        }

        return result;
    }

    /// <summary>
    /// Replaces each content-picker value (a list of keys) with the picked items: references with empty
    /// <c>properties</c>, or with <paramref name="expand"/> naming the property (or <c>$all</c>), the items with their
    /// properties, whose own pickers follow the nested selection (<c>properties[relatedNews[properties[relatedNews]]]</c>).
    /// Picked items that are missing, unpublished or outside the request's site and culture are left out, as Umbraco does.
    /// </summary>
    public async Task ResolvePickersAsync(
        IReadOnlyList<DeliveryContentItem> items, PropertySelection expand, PickedLoader load, CancellationToken cancellationToken)
    {
        var pickers = new List<(Dictionary<string, JsonNode?> Properties, string Alias, List<Guid> Keys)>();
        foreach (var item in items)
        {
            var type = await catalog.TypeAsync(item.ContentType, cancellationToken);
            foreach (var property in type?.Properties ?? [])
            {
                if (property.Editor == PropertyEditors.ContentPicker && item.Properties is Dictionary<string, JsonNode?> properties
                    && properties.TryGetValue(property.Alias, out var value))
                {
                    var keys = value is JsonArray array
                        ? array.Select(k => k is JsonValue v && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var key) ? key : (Guid?)null)
                            .OfType<Guid>().ToList()
                        : [];
                    pickers.Add((properties, property.Alias, keys));
                }
            }
        }

        // One load per property alias for the whole page, not one per item.
        foreach (var group in pickers.GroupBy(p => p.Alias, StringComparer.Ordinal))
        {
            var expanded = expand.Includes(group.Key);
            var nested = expanded && !expand.IsAll ? expand.Named[group.Key] : PropertySelection.None;
            var keys = group.SelectMany(p => p.Keys).Distinct().ToList();
            var picked = keys.Count == 0
                ? new Dictionary<Guid, DeliveryContentItem>()
                : await load(keys, expanded ? PropertySelection.All : PropertySelection.None, nested, cancellationToken);
            foreach (var (properties, alias, itemKeys) in group)
            {
                properties[alias] = new JsonArray([.. itemKeys.Where(picked.ContainsKey)
                    .Select(k => JsonSerializer.SerializeToNode(picked[k], DeliveryJsonContext.Api.DeliveryContentItem))]);
            }
        }
    }

    private static Dictionary<string, JsonNode?> Properties(DeliveryRow row, ContentType? type, PropertySelection fields, bool richTextAsJson)
    {
        if (!fields.IsAll && fields.Named.Count == 0)
        {
            return new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        }

        // Parsing the stored JSON (and rendering rich text) per item and request was the largest cost left in an
        // uncached listing; a snapshot row keeps its result until the change feed drops the snapshot.
        var built = row.Built;
        if (built is null || built.RichTextAsJson != richTextAsJson || !ReferenceEquals(built.Type, type))
        {
            built = new DeliveryBuiltProperties(richTextAsJson, type, BuildAll(type, row.Values, richTextAsJson));
            row.Built = built;
        }

        var properties = new Dictionary<string, JsonNode?>(built.All.Count, StringComparer.Ordinal);
        foreach (var (alias, value) in built.All)
        {
            if (fields.Includes(alias))
            {
                properties[alias] = value;
            }
        }

        return properties;
    }

    private static Dictionary<string, JsonNode?> BuildAll(ContentType? type, string valuesJson, bool richTextAsJson)
    {
        var properties = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var values = JsonNode.Parse(valuesJson) as JsonObject ?? [];

        // Declared properties first, in the type's order and null when empty (as Umbraco does); then any stored
        // value the type no longer declares is left out, so a removed property does not leak old data.
        foreach (var property in type?.Properties ?? [])
        {
            var value = values[property.Alias];
            value = property.Editor == PropertyEditors.RichText && value is JsonValue html && html.TryGetValue<string>(out var text)
                ? RichTextOutput.Render(text, richTextAsJson)
                : value;
            Materialize(value);
            properties[property.Alias] = value;
        }

        return properties;
    }

    /// <summary>Parsed objects and arrays fill themselves on first read; doing that now makes later concurrent reads safe.</summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    Materialize(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Materialize(child);
                }

                break;
        }
    }

    /// <summary>Loads picked items by key in the request's scope, with their properties shaped by <c>fields</c> and <c>expand</c>.</summary>
    public delegate Task<Dictionary<Guid, DeliveryContentItem>> PickedLoader(
        IReadOnlyCollection<Guid> keys, PropertySelection fields, PropertySelection expand, CancellationToken cancellationToken);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Content;

namespace SisterCities.Cms.Backoffice;

/// <summary>Turns the edit form's fields (<c>v.&lt;alias&gt;</c>) into property values by editor, and values back into text.</summary>
public static class ContentFormValues
{
    public const string Prefix = "v.";

    public static JsonObject Read(ContentType type, IFormCollection form)
    {
        var values = new JsonObject();
        foreach (var property in type.Properties)
        {
            var raw = form[Prefix + property.Alias].ToString();
            if (property.Editor == PropertyEditors.Boolean)
            {
                // A checkbox sends nothing when unticked; the hidden field beside it says the box was on the form.
                values[property.Alias] = form[Prefix + property.Alias].Any(v => v == "true");
                continue;
            }

            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            values[property.Alias] = property.Editor switch
            {
                PropertyEditors.Number => double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(raw),
                PropertyEditors.ContentPicker => new JsonArray(raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                PropertyEditors.Tags => new JsonArray(raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
                _ => JsonValue.Create(raw.Replace("\r\n", "\n", StringComparison.Ordinal)),
            };
        }

        return values;
    }

    public static string ToText(JsonNode? node) => node switch
    {
        null => "",
        JsonArray array => string.Join(", ", array.Select(a => a?.ToString())),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public static JsonObject Parse(string json) => JsonNode.Parse(json) as JsonObject ?? [];
}

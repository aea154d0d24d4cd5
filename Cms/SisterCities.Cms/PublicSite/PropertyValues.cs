using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SisterCities.Cms.PublicSite;

/// <summary>Typed reads of a published version's property values (the <c>Values</c> JSON), forgiving about shape.</summary>
public sealed class PropertyValues
{
    private readonly JsonObject _values;

    private PropertyValues(JsonObject values) => _values = values;

    public static PropertyValues Empty { get; } = new(new JsonObject());

    public static PropertyValues Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Empty;
        }

        try
        {
            return JsonNode.Parse(json) is JsonObject values ? new PropertyValues(values) : Empty;
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    public string? Text(string alias) =>
        _values[alias] is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is { Length: > 0 } text
            ? text
            : null;

    public bool Flag(string alias) => _values[alias] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public IReadOnlyList<string> List(string alias) =>
        _values[alias] is JsonArray items
            ? items.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).Where(s => s.Length > 0).ToList()
            : [];

    public DateTimeOffset? Date(string alias) =>
        Text(alias) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : null;

    /// <summary>An absolute http(s) address, or null: a stored value never becomes a <c>javascript:</c> link.</summary>
    public Uri? WebAddress(string alias) =>
        Text(alias) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}

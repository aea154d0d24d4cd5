using System.Text.Encodings.Web;
using System.Text.Json;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>
/// The JSON of <see cref="FormEntry.Values"/>. Non-ASCII text is kept as is (not \u-escaped) so that the entries
/// filter finds Ukrainian words in it; the column is data, never written into HTML unencoded.
/// </summary>
public static class EntryValues
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IReadOnlyDictionary<string, IReadOnlyList<string>> values) => JsonSerializer.Serialize(values, Options);

    public static Dictionary<string, IReadOnlyList<string>> Deserialize(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(json, Options) ?? new(StringComparer.Ordinal);
}

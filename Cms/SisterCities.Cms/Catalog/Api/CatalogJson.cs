using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// JSON settings of the catalog API. Catalog texts are user input stored as plain text, so the API escapes the
/// HTML-significant characters (&lt; &gt; &amp; ' ") as \u sequences: a client that drops a name into HTML
/// without encoding still cannot be handed markup. Cyrillic and other letters stay readable.
/// </summary>
public static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

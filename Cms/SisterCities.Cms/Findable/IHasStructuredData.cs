using System.Text.Json.Nodes;

namespace SisterCities.Cms.Findable;

/// <summary>
/// A feature page's model that brings its own schema.org JSON-LD (a showroom's Organization, an event). The layout's
/// <see cref="SeoHead"/> serializes it with the same script-safe encoder as the built-in types.
/// </summary>
public interface IHasStructuredData
{
    /// <param name="homeUrl">The absolute URL of the site's (or the hub's) home page in the page's culture.</param>
    JsonObject? StructuredData(string homeUrl);
}

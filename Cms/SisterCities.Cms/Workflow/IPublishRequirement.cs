using System.Text.Json.Nodes;
using SisterCities.Cms.Content;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// A rule a draft must meet before it goes live (publish, approve), beyond its content type's own validation:
/// e.g. the media feature refuses an image without alt text in the page's language. Features register their
/// own with <c>services.AddScoped&lt;IPublishRequirement, …&gt;()</c>; errors are keyed like validation errors.
/// </summary>
public interface IPublishRequirement
{
    Task<IReadOnlyDictionary<string, string[]>> CheckAsync(ContentType type, string culture, JsonObject values, CancellationToken cancellationToken);
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Media.Library;

/// <summary>
/// A page may not go live with an image that has no alt text in the page's language (WCAG 1.1.1), nor with a
/// media reference that no longer exists. The theme would hide such an image; refusing at publish time tells
/// the editor while they can still fix it, instead of publishing an article that silently lost its photo.
/// </summary>
public sealed class ImageAltTextRequirement(CmsDbContext db) : IPublishRequirement
{
    public async Task<IReadOnlyDictionary<string, string[]>> CheckAsync(ContentType type, string culture, JsonObject values, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var property in type.Properties.Where(p => p.Editor == PropertyEditors.Media))
        {
            var keys = MediaKeys(values[property.Alias]).Distinct().ToList();
            if (keys.Count == 0)
            {
                continue;
            }

            var items = await db.Set<MediaItem>().AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync(cancellationToken);
            var problems = new List<string>();
            foreach (var key in keys)
            {
                var item = items.FirstOrDefault(m => m.Key == key);
                if (item is null)
                {
                    problems.Add($"{property.NameEn}: the chosen media item no longer exists in the library; choose another.");
                }
                else if (item.IsImage && string.IsNullOrWhiteSpace(item.AltText(culture)))
                {
                    problems.Add($"{property.NameEn}: the image \"{item.FileName}\" has no alt text in {LanguageName(culture)} ({culture}); add it in the media library before publishing.");
                }
            }

            if (problems.Count > 0)
            {
                errors[$"values.{property.Alias}"] = [.. problems];
            }
        }

        return errors;
    }

    /// <summary>Media keys in a property value: a GUID string, a list of them, or Umbraco media-picker objects.</summary>
    public static IEnumerable<Guid> MediaKeys(JsonNode? value) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String && Guid.TryParse(v.GetValue<string>(), out var key) => [key],
        JsonArray array => array.SelectMany(MediaKeys),
        JsonObject obj => obj.Select(p => p.Value).SelectMany(MediaKeys),
        _ => [],
    };

    private static string LanguageName(string culture) =>
        culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "English" : culture.StartsWith("uk", StringComparison.OrdinalIgnoreCase) ? "Ukrainian" : culture;
}

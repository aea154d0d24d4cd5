using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Media;

/// <summary>
/// Finds content whose current draft or published version holds the media key in a property of editor
/// <c>media</c>. Values may be a GUID string, an array of them, or Umbraco media-picker objects
/// (<c>[{ "mediaKey": "…" }]</c>): any string equal to the key inside the property counts.
/// </summary>
public sealed class ContentMediaUsage(CmsDbContext db) : IMediaUsage
{
    public async Task<IReadOnlyList<MediaUse>> FindUsesAsync(Guid mediaKey, CancellationToken cancellationToken)
    {
        var key = mediaKey.ToString("D");
        var mediaProperties = (await db.Set<ContentType>().AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(
                t => t.Alias,
                t => t.Properties.Where(p => p.Editor == PropertyEditors.Media).Select(p => p.Alias).ToList(),
                StringComparer.Ordinal);

        // The LIKE-style pre-filter keeps the JSON parsing to the few versions that mention the key at all.
        var candidates = await (
            from variant in db.Set<ContentVariant>().AsNoTracking()
            join item in db.Set<ContentItem>().AsNoTracking() on variant.ItemId equals item.Id
            join version in db.Set<ContentVersion>().AsNoTracking() on variant.ItemId equals version.ItemId
            where !item.Trashed
                && (version.Id == variant.DraftVersionId || version.Id == variant.PublishedVersionId)
                && version.Values.ToLower().Contains(key)
            select new { item.Key, item.ContentTypeAlias, item.SiteId, variant.Culture, version.Name, version.Values })
            .ToListAsync(cancellationToken);

        var uses = new List<MediaUse>();
        foreach (var candidate in candidates)
        {
            if (!mediaProperties.TryGetValue(candidate.ContentTypeAlias, out var aliases) || aliases.Count == 0)
            {
                continue;
            }

            using var document = JsonDocument.Parse(candidate.Values);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var used = aliases.Any(alias =>
                document.RootElement.TryGetProperty(alias, out var value) && Mentions(value, key));
            if (used && !uses.Any(u => u.Key == candidate.Key && u.Culture == candidate.Culture))
            {
                uses.Add(new MediaUse("content", candidate.Key, candidate.Name, candidate.Culture, candidate.SiteId));
            }
        }

        return uses;
    }

    private static bool Mentions(JsonElement value, string key) => value.ValueKind switch
    {
        JsonValueKind.String => string.Equals(value.GetString(), key, StringComparison.OrdinalIgnoreCase),
        JsonValueKind.Array => value.EnumerateArray().Any(v => Mentions(v, key)),
        JsonValueKind.Object => value.EnumerateObject().Any(p => Mentions(p.Value, key)),
        _ => false,
    };
}

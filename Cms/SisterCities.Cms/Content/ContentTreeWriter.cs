using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Content;

/// <summary>
/// Changes to the shape of a site's tree: trash and restore (with descendants), move under another parent,
/// and sort siblings. Each call is one SaveChanges; callers wrap it with their audit row in one transaction.
/// </summary>
public sealed class ContentTreeWriter(CmsDbContext db, TimeProvider clock)
{
    /// <summary>Trashes an item and its descendants; what was live goes offline (as in Umbraco's recycle bin).</summary>
    public async Task TrashAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var subtree = await SubtreeAsync(item, cancellationToken);
        foreach (var node in subtree)
        {
            node.Trashed = true;
            node.UpdateDate = now;
            foreach (var variant in node.Variants)
            {
                if (variant.PublishedVersionId is not null)
                {
                    db.Announce(ContentItem.FeedEntityName, node.Key.ToString(), FeedChanges.Unpublished, node.SiteId);
                }

                variant.PublishedVersionId = null;
                variant.State = ContentState.Trashed;
                variant.UpdateDate = now;
                variant.Revision++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Restores a trashed item and its descendants as unpublished drafts. False when its parent is still trashed.</summary>
    public async Task<bool> RestoreAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.ParentId is { } parentId &&
            await db.Set<ContentItem>().AnyAsync(p => p.Id == parentId && p.Trashed, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        foreach (var node in await SubtreeAsync(item, cancellationToken))
        {
            node.Trashed = false;
            node.UpdateDate = now;
            foreach (var variant in node.Variants)
            {
                variant.State = ContentState.Draft;
                variant.UpdateDate = now;
                variant.Revision++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Moves an item (with its subtree) under <paramref name="newParent"/> of the same site. Paths, levels and
    /// URL paths of the whole subtree follow. False when the target is the item itself or one of its descendants.
    /// </summary>
    public async Task<bool> MoveAsync(ContentItem item, ContentItem newParent, CancellationToken cancellationToken)
    {
        if (newParent.SiteId != item.SiteId || newParent.Path.StartsWith(item.Path, StringComparison.Ordinal))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var subtree = await SubtreeAsync(item, cancellationToken);
        var oldPath = item.Path;
        var levelShift = newParent.Level + 1 - item.Level;
        var parentVariants = await db.Set<ContentVariant>().Where(v => v.ItemId == newParent.Id).ToListAsync(cancellationToken);
        var oldUrls = item.Variants.ToDictionary(v => v.Culture, v => v.UrlPath, StringComparer.Ordinal);
        var newUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variant in item.Variants)
        {
            var parentUrl = parentVariants.FirstOrDefault(v => v.Culture == variant.Culture)?.UrlPath ?? "/";
            var wanted = (parentUrl == "/" ? "" : parentUrl) + "/" + variant.Slug;
            newUrls[variant.Culture] = await UniqueUrlPathAsync(item.SiteId, variant.Culture, wanted, item.Id, cancellationToken);
        }

        item.ParentId = newParent.Id;
        item.SortOrder = (await db.Set<ContentItem>().Where(i => i.ParentId == newParent.Id).MaxAsync(i => (int?)i.SortOrder, cancellationToken) ?? -1) + 1;
        foreach (var node in subtree)
        {
            node.Path = newParent.Path + node.Path[(oldPath.Length - (item.Id.ToString().Length + 1))..];
            node.Level += levelShift;
            node.UpdateDate = now;
            foreach (var variant in node.Variants)
            {
                if (oldUrls.TryGetValue(variant.Culture, out var oldUrl) && newUrls.TryGetValue(variant.Culture, out var newUrl) &&
                    (variant.UrlPath == oldUrl || variant.UrlPath.StartsWith(oldUrl + "/", StringComparison.Ordinal)))
                {
                    variant.UrlPath = newUrl + variant.UrlPath[oldUrl.Length..];
                }

                variant.UpdateDate = now;
                variant.Revision++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Gives the listed siblings sort orders 0..n-1 in the given order; items not under the parent are ignored.</summary>
    public async Task SortAsync(int siteId, int? parentId, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken)
    {
        var siblings = await db.Set<ContentItem>().Where(i => i.SiteId == siteId && i.ParentId == parentId).ToListAsync(cancellationToken);
        var position = orderedKeys.Select((key, index) => (key, index)).ToDictionary(p => p.key, p => p.index);
        var ordered = siblings.OrderBy(s => position.GetValueOrDefault(s.Key, int.MaxValue)).ThenBy(s => s.SortOrder).ToList();
        var now = clock.GetUtcNow();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].SortOrder != i)
            {
                ordered[i].SortOrder = i;
                ordered[i].UpdateDate = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<List<ContentItem>> SubtreeAsync(ContentItem item, CancellationToken cancellationToken) =>
        await db.Set<ContentItem>().Include(i => i.Variants)
            .Where(i => i.SiteId == item.SiteId && i.Path.StartsWith(item.Path))
            .ToListAsync(cancellationToken);

    private async Task<string> UniqueUrlPathAsync(int siteId, string culture, string wanted, int ownItemId, CancellationToken cancellationToken)
    {
        var candidate = wanted;
        for (var n = 2; await db.Set<ContentVariant>().AnyAsync(v => v.SiteId == siteId && v.Culture == culture && v.UrlPath == candidate && v.ItemId != ownItemId, cancellationToken); n++)
        {
            candidate = $"{wanted}-{n}";
        }

        return candidate;
    }
}

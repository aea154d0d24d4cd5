using Microsoft.AspNetCore.OutputCaching;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PageCache;

/// <summary>
/// Follows the change feed on every node, as the Delivery cache does: a content change evicts its site's pages
/// and the network landing page; any other change (sites, themes, alerts, partnerships, businesses, events…,
/// which pages show in places not tied to one site) evicts every cached page.
/// </summary>
internal sealed class PageCacheEvictor(IOutputCacheStore store, SiteDirectory sites) : IChangeFeedListener
{
    public async Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Entity == ContentItem.FeedEntityName && change.SiteId is { } siteId
                && await sites.FindByIdAsync(siteId, cancellationToken) is { } site)
            {
                tags.Add(PageOutputCachePolicy.SiteTag(site.Key));
                tags.Add(PageOutputCachePolicy.NetworkTag);
            }
            else
            {
                tags.Clear();
                tags.Add(PageOutputCachePolicy.AllTag);
                break;
            }
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}

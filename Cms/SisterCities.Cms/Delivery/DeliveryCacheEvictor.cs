using Microsoft.AspNetCore.OutputCaching;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Follows the change feed on every node: a content change evicts its site's cached responses and every
/// site-crossing one; a site or content-type change evicts the whole Delivery cache.
/// </summary>
internal sealed class DeliveryCacheEvictor(IOutputCacheStore store, SiteDirectory sites) : IChangeFeedListener
{
    public async Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Entity == ContentItem.FeedEntityName && change.SiteId is { } siteId)
            {
                tags.Add(DeliveryOutputCachePolicy.NetworkTag);
                if (await sites.FindByIdAsync(siteId, cancellationToken) is { } site)
                {
                    tags.Add(DeliveryOutputCachePolicy.SiteTag(site.Key));
                }
                else
                {
                    tags.Add(DeliveryOutputCachePolicy.AllTag);
                }
            }
            else if (change.Entity == Site.FeedEntityName || change.Entity.Contains("type", StringComparison.OrdinalIgnoreCase)
                || change.Entity == ContentItem.FeedEntityName)
            {
                tags.Add(DeliveryOutputCachePolicy.AllTag);
            }
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}

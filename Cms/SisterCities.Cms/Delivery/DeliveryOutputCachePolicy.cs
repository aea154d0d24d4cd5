using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// Output caching for public Delivery API reads: varies by host, Start-Item, Accept-Language, Origin and the
/// whole query; tagged by site so <see cref="DeliveryCacheEvictor"/> can drop exactly what a change affects.
/// Preview requests are neither served from nor stored in the cache.
/// </summary>
internal sealed class DeliveryOutputCachePolicy(IOptionsMonitor<DeliveryOptions> options) : IOutputCachePolicy
{
    public const string Name = "delivery";
    public const string AllTag = "delivery";
    public const string NetworkTag = "delivery-network";
    private const string SiteTagPrefix = "delivery-site:";
    private static readonly StringValues VaryHeaders = new([DeliveryHeaders.StartItem, DeliveryHeaders.AcceptLanguage, "Origin"]);

    public static string SiteTag(string siteKey) => SiteTagPrefix + siteKey.ToLowerInvariant();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.CurrentValue.OutputCache
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !DeliveryHeaders.IsPreview(request.Headers[DeliveryHeaders.Preview]);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.HeaderNames = VaryHeaders;
        // The raw query string, not QueryKeys "*": that sorts repeated values (in place, in the request too),
        // but the order of sort=… and id=… values changes the answer.
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        context.Tags.Add(AllTag);

        // A site key (header or host) scopes the response to that site; anything else (a root id, no scope,
        // a site: filter) may cross sites and is evicted by every content change.
        var startItem = request.Headers[DeliveryHeaders.StartItem].ToString().Trim();
        var siteKey = startItem.Length > 0 && !Guid.TryParse(startItem, out _) ? startItem
            : startItem.Length == 0 ? context.HttpContext.GetSite()?.Key : null;
        var crossesSites = siteKey is null || request.Query["filter"].Any(f => f?.StartsWith("site:", StringComparison.Ordinal) == true);
        if (siteKey is not null)
        {
            context.Tags.Add(SiteTag(siteKey));
        }

        if (crossesSites)
        {
            context.Tags.Add(NetworkTag);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Only complete successes are stored: errors and 304s are cheap and must reflect the current state.
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Media;

/// <summary>
/// Public media requests look the item up here, not in the database every time: rendition throughput must be
/// close to a static file's. Entries live briefly; a URL whose version is newer than the cached entry reloads
/// it at once, so a focal-point change made on another node is never answered with a stale rendition.
/// </summary>
public sealed class MediaItemLookup(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<MediaItem?> FindAsync(Guid key, string? expectedVersion, CancellationToken cancellationToken)
    {
        var cacheKey = (typeof(MediaItemLookup), key);
        if (cache.TryGetValue(cacheKey, out MediaItem? cached) && cached is not null
            && (expectedVersion is null || cached.UrlVersion == expectedVersion))
        {
            return cached;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var item = await db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Key == key, cancellationToken);
        if (item is not null)
        {
            cache.Set(cacheKey, item, Lifetime);
        }

        return item;
    }

    public void Forget(Guid key) => cache.Remove((typeof(MediaItemLookup), key));
}

using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.PageCache;

/// <summary>Lets the output-cache policy (registered before the container is built) use the configured <see cref="PageOutputCachePolicy"/>.</summary>
internal sealed class PageOutputCachePolicyProxy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).CacheRequestAsync(context, cancellation);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeFromCacheAsync(context, cancellation);

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeResponseAsync(context, cancellation);

    private static PageOutputCachePolicy Policy(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<PageOutputCachePolicy>();
}

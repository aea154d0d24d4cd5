using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Data;

/// <summary>
/// Output-cache policies are registered before the container is built; this one forwards to the configured
/// <typeparamref name="TPolicy"/> from the request's services (the Delivery API and the page cache both use it).
/// </summary>
internal sealed class ContainerOutputCachePolicy<TPolicy> : IOutputCachePolicy
    where TPolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).CacheRequestAsync(context, cancellation);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeFromCacheAsync(context, cancellation);

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeResponseAsync(context, cancellation);

    private static TPolicy Policy(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<TPolicy>();
}

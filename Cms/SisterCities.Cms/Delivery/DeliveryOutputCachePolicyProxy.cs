using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Cms.Delivery;

/// <summary>Lets the output-cache policy (registered before the container is built) use the configured <see cref="DeliveryOutputCachePolicy"/>.</summary>
internal sealed class DeliveryOutputCachePolicyProxy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).CacheRequestAsync(context, cancellation);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeFromCacheAsync(context, cancellation);

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        Policy(context).ServeResponseAsync(context, cancellation);

    private static DeliveryOutputCachePolicy Policy(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<DeliveryOutputCachePolicy>();
}

using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;
using SisterCities.Cms.Delivery.Network;

namespace SisterCities.Cms.Delivery;

public static class DeliveryServices
{
    public const string RateLimitPolicy = "delivery";

    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.Section));
        services.AddSingleton<DeliveryCatalog>();
        services.AddSingleton<IChangeFeedListener>(sp => sp.GetRequiredService<DeliveryCatalog>());

        // Before the evictor: a response rebuilt right after an eviction must not come from a stale snapshot.
        services.AddSingleton<DeliverySiteSnapshots>();
        services.AddSingleton<IChangeFeedListener>(sp => sp.GetRequiredService<DeliverySiteSnapshots>());
        services.AddSingleton<IChangeFeedListener, DeliveryCacheEvictor>();
        services.AddSingleton<DeliveryItemFactory>();
        services.AddSingleton<DeliveryScopeResolver>();
        services.AddScoped<DeliveryQueryExecutor>();
        services.AddSingleton<DeliveryOutputCachePolicy>();
        services.AddOutputCache(o => o.AddPolicy(DeliveryOutputCachePolicy.Name, new Data.ContainerOutputCachePolicy<DeliveryOutputCachePolicy>()));
        services.AddCors();
        services.AddSingleton<ICorsPolicyProvider, DeliveryCorsPolicyProvider>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicy, http =>
            {
                var settings = http.RequestServices.GetRequiredService<IOptionsMonitor<DeliveryOptions>>().CurrentValue;
                var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return settings.RateLimitPermits <= 0
                    ? RateLimitPartition.GetNoLimiter(client)
                    : RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.RateLimitPermits,
                        Window = TimeSpan.FromSeconds(Math.Max(1, settings.RateLimitWindowSeconds)),
                        QueueLimit = 0,
                    });
            });
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(title: "Too many requests", detail: "Slow down and retry after the Retry-After seconds.",
                    statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        services.AddScoped<Cli.ICliCommand, Bench.BenchSeedCommand>();
        DeliveryOpenApi.Add(services);
        return services;
    }

    /// <summary>Middleware and endpoints: CORS, rate limiting, output cache, the API, OpenAPI and its reference page.</summary>
    public static WebApplication UseDelivery(this WebApplication app)
    {
        app.UseCors();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapDeliveryContent().RequireCors(DeliveryCorsPolicyProvider.PolicyName).RequireRateLimiting(RateLimitPolicy).CacheOutput(DeliveryOutputCachePolicy.Name);
        app.MapNetworkApi().RequireCors(DeliveryCorsPolicyProvider.PolicyName).RequireRateLimiting(RateLimitPolicy);
        DeliveryOpenApi.Map(app);
        return app;
    }
}

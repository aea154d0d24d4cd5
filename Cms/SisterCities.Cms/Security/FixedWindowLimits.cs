using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Security;

/// <summary>
/// In-memory fixed-window limits per key (client IP, address, form), the shape every feature's own limits share:
/// a refused request is refused at once (no queue), and a node restart grants a fresh window.
/// </summary>
public static class FixedWindowLimits
{
    public static PartitionedRateLimiter<T> Per<T>(Func<T, string> key, int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<T, string>(resource => RateLimitPartition.GetFixedWindowLimiter(
            key(resource), _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));

    /// <summary>The partition key of a request's sender.</summary>
    public static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>True when the limit lets this one through; counts it.</summary>
    public static async Task<bool> TryAcquireAsync<T>(this PartitionedRateLimiter<T> limiter, T resource, CancellationToken cancellationToken)
    {
        using var lease = await limiter.AcquireAsync(resource, 1, cancellationToken);
        return lease.IsAcquired;
    }
}

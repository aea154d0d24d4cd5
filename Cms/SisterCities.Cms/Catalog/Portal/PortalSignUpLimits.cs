using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Sign-ups per client IP in a fixed window, held in memory per node (an account needs a confirmed e-mail
/// before it can do anything, so a node restart granting a fresh window costs little).
/// </summary>
public sealed class PortalSignUpLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public PortalSignUpLimits(IOptions<PortalOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.SignUpsPerIp, Window = o.SignUpWindow, QueueLimit = 0 }));
    }

    /// <summary>True when this request may sign up; counts it.</summary>
    public async Task<bool> TryAcquireAsync(HttpContext context)
    {
        using var lease = await _limiter.AcquireAsync(context, 1, context.RequestAborted);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

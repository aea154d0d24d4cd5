using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Security;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Sign-ups per client IP in a fixed window, held in memory per node (an account needs a confirmed e-mail
/// before it can do anything, so a node restart granting a fresh window costs little).
/// </summary>
public sealed class PortalSignUpLimits(IOptions<PortalOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter =
        FixedWindowLimits.Per<HttpContext>(FixedWindowLimits.ClientIp, options.Value.SignUpsPerIp, options.Value.SignUpWindow);

    /// <summary>True when this request may sign up; counts it.</summary>
    public Task<bool> TryAcquireAsync(HttpContext context) => _limiter.TryAcquireAsync(context, context.RequestAborted);

    public void Dispose() => _limiter.Dispose();
}

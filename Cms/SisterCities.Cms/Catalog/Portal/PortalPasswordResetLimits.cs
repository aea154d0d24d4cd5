using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Reset requests per client IP and reset mails per address, in fixed windows held in memory per node, the way
/// <see cref="PortalSignUpLimits"/> limits sign-ups. The per-address limit stops anyone from flooding a mailbox
/// with reset mails; it is counted for every address typed, known or not, so it reveals nothing.
/// </summary>
public sealed class PortalPasswordResetLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _perIp;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public PortalPasswordResetLimits(IOptions<PortalPasswordOptions> options)
    {
        var o = options.Value;
        _perIp = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PasswordResetsPerIp, Window = o.PasswordResetWindow, QueueLimit = 0 }));
        _perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PasswordResetsPerAddress, Window = o.PasswordResetWindow, QueueLimit = 0 }));
    }

    /// <summary>True when this client may ask for another reset; counts it.</summary>
    public async Task<bool> TryAcquireForClientAsync(HttpContext context)
    {
        using var lease = await _perIp.AcquireAsync(context, 1, context.RequestAborted);
        return lease.IsAcquired;
    }

    /// <summary>True when another reset mail may go to this address (compared case-insensitively); counts it.</summary>
    public async Task<bool> TryAcquireForAddressAsync(string address, CancellationToken cancellationToken)
    {
        using var lease = await _perAddress.AcquireAsync(address.ToUpperInvariant(), 1, cancellationToken);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        _perIp.Dispose();
        _perAddress.Dispose();
    }
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Security;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Reset requests per client IP and reset mails per address, in fixed windows held in memory per node, the way
/// <see cref="PortalSignUpLimits"/> limits sign-ups. The per-address limit stops anyone from flooding a mailbox
/// with reset mails; it is counted for every address typed, known or not, so it reveals nothing.
/// </summary>
public sealed class PortalPasswordResetLimits(IOptions<PortalPasswordOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _perIp =
        FixedWindowLimits.Per<HttpContext>(FixedWindowLimits.ClientIp, options.Value.PasswordResetsPerIp, options.Value.PasswordResetWindow);

    private readonly PartitionedRateLimiter<string> _perAddress =
        FixedWindowLimits.Per<string>(address => address, options.Value.PasswordResetsPerAddress, options.Value.PasswordResetWindow);

    /// <summary>True when this client may ask for another reset; counts it.</summary>
    public Task<bool> TryAcquireForClientAsync(HttpContext context) => _perIp.TryAcquireAsync(context, context.RequestAborted);

    /// <summary>True when another reset mail may go to this address (compared case-insensitively); counts it.</summary>
    public Task<bool> TryAcquireForAddressAsync(string address, CancellationToken cancellationToken) =>
        _perAddress.TryAcquireAsync(address.ToUpperInvariant(), cancellationToken);

    public void Dispose()
    {
        _perIp.Dispose();
        _perAddress.Dispose();
    }
}

using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Forms.Submissions;

/// <summary>
/// The built-in rate limiters, chained: per sender IP and per form. Kept as a service with its own endpoint filter
/// (not the global limiter middleware) so forms add no pipeline-wide rule other features would have to share.
/// </summary>
public sealed class FormRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public FormRateLimits(IOptions<FormsOptions> options)
    {
        var o = options.Value;
        var window = TimeSpan.FromSeconds(o.RateLimitWindowSeconds);
        _limiter = PartitionedRateLimiter.CreateChained(
            Security.FixedWindowLimits.Per<HttpContext>(context => "ip:" + Security.FixedWindowLimits.ClientIp(context), o.SubmissionsPerIpPerWindow, window),
            Security.FixedWindowLimits.Per<HttpContext>(
                context => "form:" + (context.Request.RouteValues["key"] ?? context.Request.RouteValues["id"])?.ToString(), o.SubmissionsPerFormPerWindow, window));
    }

    public ValueTask<RateLimitLease> AcquireAsync(HttpContext context) => _limiter.AcquireAsync(context, 1, context.RequestAborted);

    /// <summary>Answers 429 with Retry-After when either limit is used up.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var limits = context.HttpContext.RequestServices.GetService(typeof(FormRateLimits)) as FormRateLimits
            ?? throw new InvalidOperationException("FormRateLimits is not registered.");
        using var lease = await limits.AcquireAsync(context.HttpContext);
        if (!lease.IsAcquired)
        {
            if (lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many submissions; try again later.");
        }

        return await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}

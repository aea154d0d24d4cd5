using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// Refuses backoffice requests whose body is larger than <see cref="BackofficeServices.MaxRequestBytes"/> with 413,
/// by declared length up front and, for chunked bodies, through the server's own limit.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(BackofficeServices.PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        if (context.Request.ContentLength > BackofficeServices.MaxRequestBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = BackofficeServices.MaxRequestBytes;
        }

        return next(context);
    }
}

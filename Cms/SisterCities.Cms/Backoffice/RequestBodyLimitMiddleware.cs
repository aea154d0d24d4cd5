using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Media;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// Refuses backoffice requests whose body is larger than <see cref="BackofficeServices.MaxRequestBytes"/> with 413,
/// by declared length up front and, for chunked bodies, through the server's own limit. Media upload routes
/// (<see cref="MediaUploadEndpointAttribute"/>) get the media upload limit instead.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(BackofficeServices.PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        var maxBytes = BackofficeServices.MaxRequestBytes;
        if (context.GetEndpoint()?.Metadata.GetMetadata<MediaUploadEndpointAttribute>() is not null)
        {
            maxBytes = context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxUploadBytes + MediaUploadEndpointAttribute.FormOverheadBytes;
        }

        if (context.Request.ContentLength > maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        return next(context);
    }
}

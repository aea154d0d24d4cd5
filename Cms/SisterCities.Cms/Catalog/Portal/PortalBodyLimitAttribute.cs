using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Refuses a portal request whose body is over the form limit (or the upload limit on upload actions) with 413
/// before anything reads the form, by declared length and, for chunked bodies, through the server's own limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PortalBodyLimitAttribute(bool upload = false) : Attribute, IResourceFilter, IOrderedFilter
{
    public int Order => -1000;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        // The action's own attribute (an upload) wins over the controller's form limit.
        if (!upload && context.ActionDescriptor.EndpointMetadata.OfType<PortalBodyLimitAttribute>().Any(a => a.IsUpload))
        {
            return;
        }

        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value;
        var limit = upload ? options.MaxUploadBytes : options.MaxFormBytes;
        if (context.HttpContext.Request.ContentLength > limit)
        {
            context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (context.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
    }

    public bool IsUpload => upload;

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites;

/// <summary>
/// Decides which site a request belongs to: the Host header first; where enabled, the path prefix
/// <c>/s/{key}/</c> (moved into PathBase so every generated link keeps it). A host that no site claims
/// resolves to no site at all, and handlers then show the network landing page, never some city's content.
/// </summary>
public sealed class SiteResolutionMiddleware(RequestDelegate next, SiteDirectory directory, IOptions<CmsOptions> options)
{
    public const string PathPrefix = "/s";

    public async Task InvokeAsync(HttpContext context)
    {
        var site = await directory.FindByHostAsync(context.Request.Host.Host, context.RequestAborted);
        if (site is null && options.Value.AllowSitePathPrefix
            && context.Request.Path.StartsWithSegments(PathPrefix, out var rest)
            && rest.HasValue)
        {
            var value = rest.Value!;
            var end = value.IndexOf('/', 1);
            var key = end < 0 ? value[1..] : value[1..end];
            var prefixed = await directory.FindByKeyAsync(key, context.RequestAborted);
            if (prefixed is not null)
            {
                if (end < 0)
                {
                    // "/s/lviv" → "/s/lviv/" so relative links resolve inside the site.
                    context.Response.Redirect(context.Request.PathBase + PathPrefix + "/" + prefixed.Key + "/" + context.Request.QueryString, false);
                    return;
                }

                site = prefixed;
                context.Request.PathBase = context.Request.PathBase.Add(PathPrefix + "/" + prefixed.Key);
                context.Request.Path = value[end..];
            }
        }

        if (site is not null)
        {
            context.Features.Set(new CurrentSite(site));
        }

        await next(context);
    }
}

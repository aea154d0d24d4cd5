using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.ThemeSettings;

/// <summary>Per-site theme settings: the writer the backoffice uses, the reader layouts use, the per-site stylesheet.</summary>
public static class ThemeSettingsServices
{
    public static IServiceCollection AddThemeSettings(this IServiceCollection services)
    {
        services.AddScoped<ThemeSettingsWriter>();
        services.AddSingleton<SiteBrandingReader>();
        return services;
    }

    /// <summary><c>GET /_theme/{site}/{fingerprint}.css</c>: cached for a year when the fingerprint is current.</summary>
    public static IEndpointRouteBuilder MapThemeSettings(this IEndpointRouteBuilder app)
    {
        app.MapGet(SiteStylesheet.RoutePrefix + "/{siteKey}/{fingerprint}.css", async (string siteKey, string fingerprint, HttpContext http, SiteDirectory sites, CancellationToken cancellationToken) =>
        {
            var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
            var css = site is null ? null : SiteStylesheet.Css(SiteThemeSettings.Parse(site.ThemeSettings));
            if (css is null)
            {
                return Results.NotFound();
            }

            // An old fingerprint (a page cached before the change) gets today's colours, but only for this response.
            http.Response.Headers[HeaderNames.CacheControl] = fingerprint == SiteStylesheet.Fingerprint(css)
                ? "public, max-age=31536000, immutable"
                : "no-cache";
            return Results.Text(css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}

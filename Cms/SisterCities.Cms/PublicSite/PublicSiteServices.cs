using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.PublicSite.Theming;

namespace SisterCities.Cms.PublicSite;

/// <summary>Registration and pipeline of the public city sites. Themes register themselves (see docs/themes.md).</summary>
public static class PublicSiteServices
{
    /// <summary>A year: static asset URLs carry a content hash (<c>?v=</c>), so a changed file is a new URL.</summary>
    private const string ImmutableCache = "public, max-age=31536000, immutable";

    public static IServiceCollection AddPublicSite(this IServiceCollection services)
    {
        services.AddControllersWithViews();

        // Razor encodes everything outside Basic Latin by default, turning every Ukrainian letter into &#x...;
        // (six times the bytes). Markup-significant characters are still encoded whatever the ranges.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<PublicPathConstraint>(PublicPathConstraint.Name));
        services.AddSingleton<ThemeRegistry>();
        services.AddScoped<PublishedContentReader>();
        services.AddScoped<PublicPageRenderer>();
        services.AddScoped<NetworkLanding>();
        services.AddScoped<Cli.ICliCommand, SiteThemeCommand>();
        return services;
    }

    /// <summary>Outermost: any exception below becomes the themed error page (or problem+json on API paths).</summary>
    public static WebApplication UsePublicSiteErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(PublicSiteRoutes.ErrorPath);
        return app;
    }

    /// <summary>
    /// After site resolution: static files (themes' <c>_content</c>, so <c>/s/{key}/_content/…</c> works too),
    /// then routing, so the lowest-priority catch-all never hides a file.
    /// </summary>
    public static WebApplication UsePublicSite(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file =>
            {
                file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v") ? ImmutableCache : "public, max-age=3600";
            },
        });
        app.UseRouting();
        return app;
    }

    public static WebApplication MapPublicSite(this WebApplication app)
    {
        app.Map(PublicSiteRoutes.ErrorPath, (HttpContext http, ThemeRegistry themes) => ErrorPage.Render(http, themes))
            .ExcludeFromDescription();
        app.MapMethods(
                "/{**path:" + PublicPathConstraint.Name + "}",
                [HttpMethods.Get, HttpMethods.Head],
                (HttpContext http, PublicPageRenderer renderer, CancellationToken cancellationToken) => renderer.RenderAsync(http, cancellationToken))
            .WithOrder(int.MaxValue)
            .CacheOutput(PageCache.PageOutputCachePolicy.Name)
            .ExcludeFromDescription();
        return app;
    }
}

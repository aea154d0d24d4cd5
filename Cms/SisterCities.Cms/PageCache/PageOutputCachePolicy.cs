using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.SitePages;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PageCache;

/// <summary>
/// Output caching of the public HTML pages of the city sites and the network landing page, for anonymous GETs
/// only. Varies by host, path base (the <c>/s/{key}</c> prefix), path (which carries the culture) and query;
/// tagged by site so <see cref="PageCacheEvictor"/> drops a site's pages when the change feed reports a change.
/// Never cached: requests carrying a sign-in cookie, feature pages (search, sister cities: their data is not
/// all content), and any response that says it must not be cached or sets a cookie: a page with a form gets an
/// antiforgery token, and the antiforgery service marks that response <c>no-cache, no-store</c>.
/// </summary>
internal sealed class PageOutputCachePolicy(IOptionsMonitor<PageCacheOptions> options, IServiceScopeFactory scopes) : IOutputCachePolicy
{
    public const string Name = "public-pages";
    public const string AllTag = "public-pages";
    public const string NetworkTag = "public-pages-network";
    private const string SiteTagPrefix = "public-pages-site:";
    private HashSet<string>? _sitePagePaths;

    public static string SiteTag(string siteKey) => SiteTagPrefix + siteKey.ToLowerInvariant();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var settings = options.CurrentValue;
        var site = http.GetSite();
        var cacheable = settings.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !HasSignInCookie(request, settings)
            && !IsSitePage(request, site);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;

        // Bounded even without a change: pages show time-relative things (upcoming events, "today").
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(1, settings.MaxSeconds));
        context.CacheVaryByRules.VaryByHost = true;
        // Exact path base and path: the default key ignores case, but /News is not the page /news is.
        context.CacheVaryByRules.VaryByValues["pathBase"] = request.PathBase.Value ?? "";
        context.CacheVaryByRules.VaryByValues["path"] = request.Path.Value ?? "";
        context.CacheVaryByRules.VaryByValues["query"] = request.QueryString.Value ?? "";
        context.Tags.Add(AllTag);
        context.Tags.Add(site is null ? NetworkTag : SiteTag(site.Key));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool HasSignInCookie(HttpRequest request, PageCacheOptions settings)
    {
        foreach (var name in request.Cookies.Keys)
        {
            if (settings.SignInCookiePrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsSitePage(HttpRequest request, SiteSummary? site)
    {
        if (site is null)
        {
            return false;
        }

        var path = PublicPath.Parse(request.Path.Value, site.Cultures, site.DefaultCulture);
        return path is not null && SitePagePaths().Contains(path.UrlPath);
    }

    /// <summary>The feature pages' paths, read once (the set is fixed when the host starts).</summary>
    private HashSet<string> SitePagePaths()
    {
        if (_sitePagePaths is { } known)
        {
            return known;
        }

        using var scope = scopes.CreateScope();
        var paths = scope.ServiceProvider.GetServices<ISitePage>().Select(p => p.UrlPath).ToHashSet(StringComparer.Ordinal);
        _sitePagePaths = paths;
        return paths;
    }
}

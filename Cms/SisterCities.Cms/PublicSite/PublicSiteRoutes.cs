using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// Paths the public catch-all leaves alone, so APIs, the backoffice, the business portal, media and static
/// assets answer for themselves (their own 404 included) and never render as a city page.
/// </summary>
public static class PublicSiteRoutes
{
    /// <summary>Where <c>UseExceptionHandler</c> re-executes a failed request.</summary>
    public const string ErrorPath = "/_error";

    public static IReadOnlyList<string> ReservedPrefixes { get; } =
        ["/api", "/umbraco", "/backoffice", "/business", "/openapi", "/media", "/_content", "/_framework", ErrorPath, "/scalar"];

    public static bool IsReserved(PathString path) => ReservedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}

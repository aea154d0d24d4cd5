using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>
/// Every portal route and method, read from the app's endpoint data source, so a route added later is tested
/// without anyone remembering to list it.
/// </summary>
internal static class PortalRouteTable
{
    public sealed record PortalRoute(string Method, string Pattern, bool AllowsAnonymous);

    public static IReadOnlyList<PortalRoute> All(BackofficeTestBed bed) =>
        bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw == "business" || raw.StartsWith("business/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new PortalRoute(m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAllowAnonymous>() is not null)))
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>Fills the route's parameters: <c>{businessId:guid}</c> → "businessId", etc.</summary>
    public static string Fill(string pattern, IReadOnlyDictionary<string, string> values)
    {
        var url = "/" + pattern;
        foreach (var (name, value) in values)
        {
            url = url.Replace("{" + name + ":guid}", value, StringComparison.Ordinal).Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        return url;
    }
}

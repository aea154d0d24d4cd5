using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SisterCities.Cms.PublicSite;

/// <summary>Keeps the catch-all from matching reserved paths (<see cref="PublicSiteRoutes"/>): they do not match at all.</summary>
public sealed class PublicPathConstraint : IRouteConstraint
{
    public const string Name = "publicpath";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        httpContext is null || !PublicSiteRoutes.IsReserved(httpContext.Request.Path);
}

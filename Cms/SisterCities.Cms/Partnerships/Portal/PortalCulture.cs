using Microsoft.AspNetCore.Http;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// The language for texts the portal shows in the user's own language (reasons of a match, offer labels): <c>?culture=</c>
/// when given, otherwise the first of uk/en in the browser's Accept-Language by quality, otherwise English like the
/// rest of the portal.
/// </summary>
public static class PortalCulture
{
    public static readonly string[] Supported = ["uk", "en"];

    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query["culture"].ToString() is { } asked && Supported.Contains(asked, StringComparer.Ordinal))
        {
            return asked;
        }

        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            var primary = language.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (primary is not null && Supported.Contains(primary, StringComparer.Ordinal))
            {
                return primary;
            }
        }

        return "en";
    }
}

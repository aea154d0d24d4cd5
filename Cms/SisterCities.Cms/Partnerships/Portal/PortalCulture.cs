using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Catalog.Api;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// The language for texts the portal shows in the user's own language (reasons of a match, offer labels): <c>?culture=</c>
/// when given, otherwise uk or en as the browser's Accept-Language prefers them (the API's own rule,
/// <see cref="CatalogCulture.Preferred"/>: q=0 excluded, highest q first), otherwise English like the rest of the portal.
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

        return CatalogCulture.Preferred(request, language => Supported.Contains(language, StringComparer.Ordinal)) ?? "en";
    }
}

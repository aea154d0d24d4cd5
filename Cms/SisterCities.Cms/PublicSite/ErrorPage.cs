using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using SisterCities.Cms.PublicSite.Models;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.PublicSite;

/// <summary>
/// What a failed request shows: problem+json for API paths, the theme's error page (status 500, no details)
/// for everything else. Needs no database, so it still renders when the database is the problem.
/// </summary>
public static class ErrorPage
{
    public static IResult Render(HttpContext http, ThemeRegistry themes)
    {
        var failure = http.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is null)
        {
            // Asked for directly rather than re-executed after an exception: there is no such page.
            return Results.NotFound();
        }

        // A body that cannot be read (malformed JSON, too large) is the client's error, not ours.
        if (failure.Error is BadHttpRequestException bad)
        {
            return Results.Problem(statusCode: bad.StatusCode, detail: bad.Message);
        }

        if (!IsPage(failure.Path))
        {
            return Results.Problem(statusCode: StatusCodes.Status500InternalServerError);
        }

        var site = http.GetSite();
        var culture = site is not null && PublicPath.Parse(failure.Path, site.Cultures, site.DefaultCulture) is { } path ? path.Culture : "uk";
        var text = UiText.For(culture);
        var home = site is null ? http.Request.PathBase.Add("/").ToUriComponent() : new SiteLinks(http.Request, site).Home(culture);
        var model = new StatusPageModel
        {
            Theme = themes.For(site?.Theme),
            Site = site,
            Culture = culture,
            Text = text,
            Title = text.ErrorTitle,
            Message = text.ErrorText,
            HomeUrl = home,
        };
        return new ThemeViewResult(model.Theme.View(ThemeViewNames.Error), model, StatusCodes.Status500InternalServerError);
    }

    private static bool IsPage(string path) =>
        !PublicSiteRoutes.ReservedPrefixes.Any(p => path.StartsWith(p + "/", StringComparison.OrdinalIgnoreCase) || path.Equals(p, StringComparison.OrdinalIgnoreCase));
}

using Microsoft.AspNetCore.Http;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Forms.Placement;

/// <summary>
/// Answers a form's POST with the content page the form was placed on (the no-JavaScript round trip returns to the
/// page, with the errors or the success message where the form was), when that page still shows this form.
/// </summary>
public sealed class PlacedFormPage(PublishedContentReader content, PublicPageRenderer renderer)
{
    /// <summary>The themed page with <paramref name="html"/> in the form's place, or null when the page no longer shows the form.</summary>
    public async Task<IResult?> RenderAsync(HttpContext http, string returnPath, Guid formKey, string html, int status, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        var path = site is null ? null : PublicPath.Parse(returnPath, site.Cultures, site.DefaultCulture);
        if (site is null || path is null || path.RedirectToUnprefixed)
        {
            return null;
        }

        var page = await content.FindAsync(site.Id, path.Culture, path.UrlPath, cancellationToken);
        if (page?.Values.Text(PlacedForms.PropertyAlias) is not { } placed || !Guid.TryParse(placed, out var key) || key != formKey)
        {
            return null;
        }

        http.Features.Set(new PlacedFormResult(formKey, html));
        var original = http.Request.Path;
        http.Request.Path = returnPath;
        try
        {
            var result = await renderer.RenderAsync(http, cancellationToken);
            // The theme's view result sets 200 when it runs; the form's own status (422, 409) must win.
            http.Response.OnStarting(() =>
            {
                http.Response.StatusCode = status;
                return Task.CompletedTask;
            });
            return result;
        }
        finally
        {
            http.Request.Path = original;
        }
    }
}

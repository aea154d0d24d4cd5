using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Api;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Landing;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.PublicPages;

/// <summary>
/// The inquiry form of a showroom or project page posts back to the page's own URL. Accepted: 303 to
/// <c>…/inquiry-sent</c> (a reload never sends twice). Refused: the same page again with the typed values, an error
/// summary and 422 (400 for a filled honeypot, 429 over the limits). A missing or forged antiforgery token is a 400.
/// The rules (consent, limits, only verified businesses and public projects) are <see cref="InquiryIntake"/>'s.
/// </summary>
public static class CatalogInquiryEndpoints
{
    public const string HoneypotField = "homepage";

    public static WebApplication MapCatalogPages(this WebApplication app)
    {
        app.MapPost(CatalogPaths.Root + "/{**rest}", PostAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/{culture}" + CatalogPaths.Root + "/{**rest}", PostAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PostAsync(
        HttpContext http, IAntiforgery antiforgery, InquiryIntake intake, PublicCatalog catalog, PublicPageRenderer renderer, CancellationToken cancellationToken)
    {
        var site = http.GetSite();
        var cultures = site?.Cultures ?? NetworkLanding.Cultures;
        var path = PublicPath.Parse(http.Request.Path.Value, cultures, cultures[0]);
        if (path is null || path.RedirectToUnprefixed || !CatalogPageRouter.Handles(path.UrlPath) || !http.Request.HasFormContentType)
        {
            return TypedResults.NotFound();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form's security token is missing or invalid; reload the page and send it again.");
        }

        var target = await TargetAsync(catalog, site, path, cancellationToken);
        if (target is null)
        {
            // Not public (any more), another city's, or an outdated slug: the page itself answers 404.
            return await renderer.RenderAsync(http, cancellationToken);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var words = new CatalogWords(path.Culture);
        string Field(string name) => form[name].ToString();
        var request = new InquiryRequest
        {
            BusinessId = target.Value.IsProject ? null : target.Value.Id,
            ProjectId = target.Value.IsProject ? target.Value.Id : null,
            Subject = Field("subject"),
            Message = Field("message"),
            FromName = Field("fromName"),
            FromEmail = Field("fromEmail"),
            FromOrganisation = Field("fromOrganisation"),
            ConsentGiven = Field("consentGiven") == "true",

            // What the sender agreed to is the wording this server showed, never text the client sends.
            ConsentText = words.ConsentText,
            Honeypot = Field(HoneypotField),
        };
        var result = await intake.SubmitAsync(request, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (result.Succeeded)
        {
            http.Response.Headers.Location = http.Request.PathBase.Add(new PathString(http.Request.Path.Value!.TrimEnd('/') + CatalogPaths.SentSuffix)).ToUriComponent();
            return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
        }

        if (result.Outcome == CatalogOutcome.NotFound)
        {
            return await renderer.RenderAsync(http, cancellationToken);
        }

        var tooMany = result.Outcome == CatalogOutcome.TooManyRequests;
        var honeypot = !string.IsNullOrEmpty(request.Honeypot);
        var errors = result.Errors.Keys
            .OrderBy(k => InquiryForm.Fields.Contains(k) ? InquiryForm.Fields.ToList().IndexOf(k) : int.MaxValue)
            .Select(k => (InquiryForm.Fields.Contains(k) ? k : "form", words.FieldError(k, tooMany)))
            .ToList();
        http.Items[InquiryForm.ItemsKey] = new InquiryForm
        {
            Action = "",
            Words = words,
            Values = InquiryForm.Fields.Where(f => f != "consentGiven").ToDictionary(f => f, Field),
            Errors = errors,
            StatusCode = tooMany ? StatusCodes.Status429TooManyRequests : honeypot ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity,
        };
        return await renderer.RenderAsync(http, cancellationToken);
    }

    /// <summary>The business or project the page shows, if it is public and shown in this scope under this exact slug.</summary>
    private static async Task<(Guid Id, bool IsProject)?> TargetAsync(PublicCatalog catalog, SiteSummary? site, PublicPath path, CancellationToken cancellationToken)
    {
        var rest = path.UrlPath;
        var isProject = rest.StartsWith(CatalogPaths.Projects + "/", StringComparison.Ordinal);
        var prefix = (isProject ? CatalogPaths.Projects : CatalogPaths.Root) + "/";
        var segment = rest.Length > prefix.Length ? rest[prefix.Length..] : "";
        if (segment.Contains('/', StringComparison.Ordinal) || CatalogPaths.IdOf(segment) is not { } id)
        {
            return null;
        }

        if (isProject)
        {
            var project = await catalog.ProjectAsync(id, path.Culture, cancellationToken);
            return project is not null && id.ToString("D", System.Globalization.CultureInfo.InvariantCulture) == segment
                && (site is null || await catalog.ProjectsOfSite(catalog.VisibleProjects(), site.Id).AnyAsync(p => p.Id == id, cancellationToken))
                ? (id, true)
                : null;
        }

        var business = await catalog.BusinessAsync(id, path.Culture, cancellationToken);
        return business is not null && CatalogPaths.SlugWithId(business.DisplayName, id) == segment && (site is null || business.Municipality?.Key == site.Key)
            ? (id, false)
            : null;
    }
}

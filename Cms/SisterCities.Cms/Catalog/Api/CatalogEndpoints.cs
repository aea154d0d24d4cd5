using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SisterCities.Cms.Catalog.Inquiries;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>
/// The public, read-only catalog API under <c>/api/v1</c>, plus the one public write: sending an inquiry.
/// Anonymous by design; everything shown is public by the rules of <see cref="PublicCatalog"/>.
/// </summary>
public static class CatalogEndpoints
{
    public const string Prefix = "/api/v1";
    public const string Tag = "Catalog";

    /// <summary>Inquiry bodies are small; a larger request is refused before it is read (413).</summary>
    public const long MaxInquiryBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder app)
    {
        // Anonymous reads share the network API's per-client limit (DeliveryServices), which documents its 429.
        var api = app.MapGroup(Prefix).WithTags(Tag).RequireRateLimiting(Delivery.DeliveryServices.RateLimitPolicy);

        api.MapGet("/businesses", ListBusinessesAsync)
            .WithSummary("Verified businesses, filtered and paged")
            .WithDescription("activity = KVED section (A–U) or division (01–99); country = ISO 3166-1 alpha-2; municipality = site key; exporting = true|false; q = part of the name; skip/take paging.")
            .Produces<CatalogPage<BusinessSummaryView>>()
            .ProducesValidationProblem();
        api.MapGet("/businesses/{id:guid}", GetBusinessAsync)
            .WithSummary("A verified business's public profile")
            .Produces<BusinessView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/showrooms/{businessId:guid}", GetShowroomAsync)
            .WithSummary("The showroom (products and services) of a verified business")
            .Produces<ShowroomView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/projects", ListProjectsAsync)
            .WithSummary("Open and funded investment projects, filtered and paged")
            .WithDescription("sector = KVED section (A–U); municipality = site key of the location or owner; stage = idea|feasibility|readyToBuild|operating; skip/take paging.")
            .Produces<CatalogPage<ProjectSummaryView>>()
            .ProducesValidationProblem();
        api.MapGet("/projects/{id:guid}", GetProjectAsync)
            .WithSummary("A public investment project")
            .Produces<ProjectView>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/classification/kved", (PublicCatalog catalog, HttpRequest request) => TypedResults.Json(catalog.Classification(CatalogCulture.FromRequest(request)), CatalogJson.Options))
            .WithSummary("KVED-2010 sections with their divisions, in the Accept-Language culture")
            .Produces<IReadOnlyList<KvedSectionView>>();
        // Its 429 (the limiter's, or the intake's own limits) is documented with the group's rate limit.
        api.MapPost("/inquiries", SendInquiryAsync)
            .WithSummary("Send an inquiry to a verified business or a public project")
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxInquiryBodyBytes))
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    private static async Task<Results<JsonHttpResult<CatalogPage<BusinessSummaryView>>, ProblemHttpResult>> ListBusinessesAsync(
        PublicCatalog catalog, CatalogQueryParser parser, HttpRequest request,
        string? activity, string? country, string? municipality, string? exporting, string? q, string? skip, string? take,
        CancellationToken cancellationToken)
    {
        var (filter, errors) = await parser.BusinessesAsync(activity, country, municipality, exporting, q, skip, take, cancellationToken);
        return filter is null
            ? CatalogProblems.BadParameters(errors)
            : TypedResults.Json(await catalog.BusinessesAsync(filter, CatalogCulture.FromRequest(request), cancellationToken), CatalogJson.Options);
    }

    private static async Task<Results<JsonHttpResult<BusinessView>, ProblemHttpResult>> GetBusinessAsync(
        Guid id, PublicCatalog catalog, HttpRequest request, CancellationToken cancellationToken) =>
        await catalog.BusinessAsync(id, CatalogCulture.FromRequest(request), cancellationToken) is { } business
            ? TypedResults.Json(business, CatalogJson.Options)
            : CatalogProblems.NotFound("business");

    private static async Task<Results<JsonHttpResult<ShowroomView>, ProblemHttpResult>> GetShowroomAsync(
        Guid businessId, PublicCatalog catalog, HttpRequest request, CancellationToken cancellationToken) =>
        await catalog.ShowroomAsync(businessId, CatalogCulture.FromRequest(request), cancellationToken) is { } showroom
            ? TypedResults.Json(showroom, CatalogJson.Options)
            : CatalogProblems.NotFound("showroom");

    private static async Task<Results<JsonHttpResult<CatalogPage<ProjectSummaryView>>, ProblemHttpResult>> ListProjectsAsync(
        PublicCatalog catalog, CatalogQueryParser parser, HttpRequest request,
        string? sector, string? municipality, string? stage, string? skip, string? take, CancellationToken cancellationToken)
    {
        var (filter, errors) = await parser.ProjectsAsync(sector, municipality, stage, skip, take, cancellationToken);
        return filter is null
            ? CatalogProblems.BadParameters(errors)
            : TypedResults.Json(await catalog.ProjectsAsync(filter, CatalogCulture.FromRequest(request), cancellationToken), CatalogJson.Options);
    }

    private static async Task<Results<JsonHttpResult<ProjectView>, ProblemHttpResult>> GetProjectAsync(
        Guid id, PublicCatalog catalog, HttpRequest request, CancellationToken cancellationToken) =>
        await catalog.ProjectAsync(id, CatalogCulture.FromRequest(request), cancellationToken) is { } project
            ? TypedResults.Json(project, CatalogJson.Options)
            : CatalogProblems.NotFound("project");

    private static async Task<Results<Accepted, ProblemHttpResult>> SendInquiryAsync(
        InquiryRequest body, InquiryIntake intake, HttpContext context, CancellationToken cancellationToken)
    {
        var result = await intake.SubmitAsync(body, context.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return result.Succeeded ? TypedResults.Accepted((string?)null) : CatalogProblems.From(result);
    }
}

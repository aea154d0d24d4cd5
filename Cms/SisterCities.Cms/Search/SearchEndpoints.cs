using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace SisterCities.Cms.Search;

/// <summary><c>GET /api/v1/search</c>: public, read-only, network-wide unless <c>site</c> narrows it.</summary>
public static class SearchEndpoints
{
    public const string Route = "/api/v1/search";

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, Search).WithName("Search").WithTags("Search")
            .WithSummary("Search every site's public content: highlighted snippets, facets per site, type, activity and country, paging.");
        return app;
    }

    private static async Task<Results<Ok<SearchResponse>, ValidationProblem, ProblemHttpResult>> Search(
        HttpContext context, SearchService search, string? q, string? site, string? type, string? activity, string? country, string? culture, string? page)
    {
        var pageNumber = 1;
        if (!string.IsNullOrEmpty(page) && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["page"] = [$"The page must be a whole number between 1 and {SearchRequestValidation.MaxPage}."] });
        }

        if (!search.IsReady)
        {
            // Only in the first seconds after start-up, while the dictionary loads and the index opens.
            context.Response.Headers.RetryAfter = "2";
            return TypedResults.Problem("The search index is starting; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var request = new SearchRequest(q, site, type, activity, country, culture, pageNumber);
        var errors = SearchRequestValidation.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        try
        {
            return TypedResults.Ok(await search.SearchAsync(request, context.RequestAborted));
        }
        catch (SearchBusyException e)
        {
            context.Response.Headers.RetryAfter = "1";
            return TypedResults.Problem(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}

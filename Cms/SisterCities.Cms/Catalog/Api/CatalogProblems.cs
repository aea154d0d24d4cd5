using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SisterCities.Cms.Catalog.Api;

/// <summary>Problem details (RFC 9457) for catalog outcomes: 400 for bad query parameters, 404/409/422/429 for commands.</summary>
public static class CatalogProblems
{
    public static ProblemHttpResult BadParameters(CatalogErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary().ToDictionary())
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more query parameters are not valid.",
        });
    }

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what} in the public catalog.");

    public static ProblemHttpResult From<T>(CatalogResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var status = result.Outcome switch
        {
            CatalogOutcome.NotFound => StatusCodes.Status404NotFound,
            CatalogOutcome.Forbidden => StatusCodes.Status403Forbidden,
            CatalogOutcome.Conflict => StatusCodes.Status409Conflict,
            CatalogOutcome.TooManyRequests => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(new HttpValidationProblemDetails(result.Errors.ToDictionary())
        {
            Status = status,
            Title = status == StatusCodes.Status422UnprocessableEntity ? "The input breaks a catalog rule." : result.Errors.Values.SelectMany(v => v).FirstOrDefault(),
        });
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Matchmaking;

public static class MatchmakingEndpoints
{
    public static IEndpointRouteBuilder MapMatchmakingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/sites/{key}/partner-suggestions", SuggestAsync).WithTags("Partnerships").AllowAnonymous()
            .WithSummary("Suggested partners for a municipality, each with the reasons in words (en, uk).");
        app.MapGet("/api/v1/businesses/{id:guid}/sister-city-matches", BusinessMatchesAsync).WithTags("Partnerships").AllowAnonymous()
            .WithSummary("Verified businesses in the sister cities of a business's municipality with fitting KVED/NACE activities, each with the reasons in words (en, uk).")
            .Produces<IReadOnlyList<BusinessMatch>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<BusinessMatch>>, ProblemHttpResult>> BusinessMatchesAsync(
        Guid id, BusinessMatchmaker matchmaker, CancellationToken cancellationToken) =>
        await matchmaker.MatchAsync(id, 20, cancellationToken) is { } matches
            ? TypedResults.Ok(matches)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such business in the public catalog.");

    private static async Task<Results<Ok<IReadOnlyList<Suggestion>>, NotFound>> SuggestAsync(
        string key, SiteDirectory directory, MunicipalityMatchmaker matchmaker, CancellationToken cancellationToken)
    {
        var site = await directory.FindByKeyAsync(key, cancellationToken);
        return site is null ? TypedResults.NotFound() : TypedResults.Ok(await matchmaker.SuggestAsync(site.Id, 20, cancellationToken));
    }
}

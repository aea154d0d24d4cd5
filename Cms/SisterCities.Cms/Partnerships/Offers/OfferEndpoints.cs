using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Offers;

/// <summary>Published, unexpired offers and requests ("cities looking for partners").</summary>
public static class OfferEndpoints
{
    public const int MaxTake = 100;

    public static IEndpointRouteBuilder MapOfferEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/offers", ListAsync).WithTags("Partnerships").AllowAnonymous()
            .WithSummary("Open cooperation offers and requests, filterable by site, area, topic and direction.");
        return app;
    }

    private static async Task<Results<Ok<OfferPage>, ValidationProblem>> ListAsync(
        CmsDbContext db, OfferWriter writer, SiteDirectory directory, string? site, string? area, string? topic, string? direction, int? skip, int? take,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        SiteSummary? siteFilter = null;
        if (site is not null && (siteFilter = await directory.FindByKeyAsync(site, cancellationToken)) is null)
        {
            errors["site"] = [$"No site has the key '{site}'."];
        }

        if (area is not null && !CooperationAreas.IsKnown(area))
        {
            errors["area"] = [$"Known areas: {string.Join(", ", CooperationAreas.All.Keys)}."];
        }

        if (topic is not null && !OfferTopics.All.ContainsKey(topic))
        {
            errors["topic"] = [$"Known topics: {string.Join(", ", OfferTopics.All.Keys)}."];
        }

        OfferDirection parsed = default;
        if (direction is not null && (!Enum.TryParse(direction, true, out parsed) || !Enum.IsDefined(parsed)))
        {
            errors["direction"] = ["Use offer or request."];
        }

        if (skip is < 0)
        {
            errors["skip"] = ["skip cannot be negative."];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be between 1 and {MaxTake}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = writer.OpenOffers();
        if (siteFilter is not null)
        {
            query = query.Where(o => o.SiteId == siteFilter.Id);
        }

        if (area is not null)
        {
            query = query.Where(o => o.Area == area);
        }

        if (topic is not null)
        {
            query = query.Where(o => o.Topic == topic);
        }

        if (direction is not null)
        {
            query = query.Where(o => o.Direction == parsed);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(o => o.ExpiresOn).ThenBy(o => o.Id).Skip(skip ?? 0).Take(take ?? 20).ToListAsync(cancellationToken);
        var authorKeys = rows.Select(o => o.BusinessKey).OfType<Guid>().Distinct().ToList();
        var businessNames = await db.Set<Business>().AsNoTracking().Where(b => authorKeys.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => b.DisplayName, cancellationToken);
        var items = new List<OfferDto>(rows.Count);
        foreach (var o in rows)
        {
            var owner = o.SiteId is { } id ? await directory.FindByIdAsync(id, cancellationToken) : null;
            items.Add(new OfferDto(
                o.Key, o.Direction.ToString().ToLowerInvariant(), o.Topic, o.Area, owner?.Key, o.BusinessKey,
                new Dictionary<string, string> { ["uk"] = o.TitleUk, ["en"] = o.TitleEn }, o.ExpiresOn,
                o.BusinessKey is { } author ? businessNames.GetValueOrDefault(author) : null));
        }

        return TypedResults.Ok(new OfferPage(total, items));
    }
}

public sealed record OfferPage(int Total, IReadOnlyList<OfferDto> Items);

public sealed record OfferDto(
    Guid Id, string Direction, string Topic, string Area, string? Site, Guid? Business, IReadOnlyDictionary<string, string> Title, DateOnly ExpiresOn,
    string? BusinessName = null);

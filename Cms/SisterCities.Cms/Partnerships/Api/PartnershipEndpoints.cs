using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Api;

/// <summary>
/// Public read API of the partnership registry. Proposed partnerships are not public: they are offers
/// still under discussion between the cities.
/// </summary>
public static class PartnershipEndpoints
{
    public const int MaxTake = 100;

    public static IEndpointRouteBuilder MapPartnershipEndpoints(this IEndpointRouteBuilder app)
    {
        // Anonymous reads share the network API's per-client limit (DeliveryServices), which documents its 429.
        var group = app.MapGroup("/api/v1").WithTags("Partnerships").AllowAnonymous().RequireRateLimiting(Delivery.DeliveryServices.RateLimitPolicy);
        group.MapGet("/partner-cities", ListPartnerCitiesAsync).WithSummary("Cities abroad that partner with municipalities of the network.");
        group.MapGet("/partnerships", ListPartnershipsAsync).WithSummary("Public partnerships, filterable by site, country, area and status.");
        group.MapGet("/partnerships/{id:guid}", GetPartnershipAsync).WithSummary("One public partnership.");
        return app;
    }

    private static async Task<Results<Ok<PagedResult<PartnerCityDto>>, ValidationProblem>> ListPartnerCitiesAsync(
        CmsDbContext db, string? country, string? q, int? skip, int? take, CancellationToken cancellationToken)
    {
        var errors = PagingErrors(skip, take);
        if (country is not null && !CountryCodes.IsValid(country))
        {
            errors["country"] = ["Use an ISO 3166-1 alpha-2 code such as PL."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<PartnerCity>().AsNoTracking();
        if (country is not null)
        {
            query = query.Where(c => c.CountryCode == country);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(c => c.NameEn.ToLower().Contains(term) || c.NameNative.ToLower().Contains(term) || (c.NameUk != null && c.NameUk.ToLower().Contains(term)));
        }

        var total = await query.CountAsync(cancellationToken);
        var cities = await query.OrderBy(c => c.CountryCode).ThenBy(c => c.NameEn).Skip(skip ?? 0).Take(take ?? 20).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PartnerCityDto>(total, cities.Select(ToDto).ToList()));
    }

    private static async Task<Results<Ok<PagedResult<PartnershipDto>>, ValidationProblem>> ListPartnershipsAsync(
        CmsDbContext db, SiteDirectory directory, string? site, string? country, string? area, string? status, int? skip, int? take,
        CancellationToken cancellationToken)
    {
        var errors = PagingErrors(skip, take);
        SiteSummary? siteFilter = null;
        if (site is not null && (siteFilter = await directory.FindByKeyAsync(site, cancellationToken)) is null)
        {
            errors["site"] = [$"No site has the key '{site}'."];
        }

        if (country is not null && !CountryCodes.IsValid(country))
        {
            errors["country"] = ["Use an ISO 3166-1 alpha-2 code such as PL."];
        }

        if (area is not null && !CooperationAreas.IsKnown(area))
        {
            errors["area"] = [$"Known areas: {string.Join(", ", CooperationAreas.All.Keys)}."];
        }

        PartnershipStatus parsedStatus = default;
        if (status is not null && (!Enum.TryParse(status, ignoreCase: true, out parsedStatus) || parsedStatus == PartnershipStatus.Proposed || !Enum.IsDefined(parsedStatus)))
        {
            errors["status"] = ["Use active, suspended or ended."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var query = db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity).Where(p => p.Status != PartnershipStatus.Proposed);
        if (siteFilter is not null)
        {
            query = query.Where(p => p.SiteId == siteFilter.Id || p.PartnerSiteId == siteFilter.Id);
        }

        if (country is not null)
        {
            query = query.Where(p => p.PartnerCity != null && p.PartnerCity.CountryCode == country);
        }

        if (status is not null)
        {
            query = query.Where(p => p.Status == parsedStatus);
        }

        var rows = await query.OrderBy(p => p.SiteId).ThenBy(p => p.PartnerCity!.CountryCode).ThenBy(p => p.PartnerCity!.NameEn).ToListAsync(cancellationToken);
        if (area is not null)
        {
            // Areas are a small JSON list per row; filtered here because both providers store it as text.
            rows = rows.Where(p => p.Areas.Contains(area)).ToList();
        }

        var page = rows.Skip(skip ?? 0).Take(take ?? 20).ToList();
        var items = new List<PartnershipDto>(page.Count);
        foreach (var partnership in page)
        {
            items.Add(await ToDtoAsync(partnership, directory, cancellationToken));
        }

        return TypedResults.Ok(new PagedResult<PartnershipDto>(rows.Count, items));
    }

    private static async Task<Results<Ok<PartnershipDto>, NotFound>> GetPartnershipAsync(
        CmsDbContext db, SiteDirectory directory, Guid id, CancellationToken cancellationToken)
    {
        var partnership = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .FirstOrDefaultAsync(p => p.Key == id && p.Status != PartnershipStatus.Proposed, cancellationToken);
        return partnership is null ? TypedResults.NotFound() : TypedResults.Ok(await ToDtoAsync(partnership, directory, cancellationToken));
    }

    internal static async Task<PartnershipDto> ToDtoAsync(Partnership p, SiteDirectory directory, CancellationToken cancellationToken)
    {
        var site = await directory.FindByIdAsync(p.SiteId, cancellationToken);
        var partnerSite = p.PartnerSiteId is { } id ? await directory.FindByIdAsync(id, cancellationToken) : null;
        var description = new Dictionary<string, string>(StringComparer.Ordinal);
        if (p.DescriptionUk is not null)
        {
            description["uk"] = p.DescriptionUk;
        }

        if (p.DescriptionEn is not null)
        {
            description["en"] = p.DescriptionEn;
        }

        return new PartnershipDto(
            p.Key,
            SiteRef(site),
            p.PartnerCity is not null ? new PartnerDto("city", ToDto(p.PartnerCity), null) : new PartnerDto("site", null, SiteRef(partnerSite)),
            p.Status.ToString().ToLowerInvariant(),
            p.SinceYear,
            p.StartedOn,
            p.EndedOn,
            p.Areas,
            description,
            p.SourceUrl);
    }

    private static SiteRefDto SiteRef(SiteSummary? site) =>
        site is null ? new SiteRefDto("", "", "") : new SiteRefDto(site.Key, site.NameUk, site.NameEn);

    private static PartnerCityDto ToDto(PartnerCity c) =>
        new(c.Key, c.NameNative, c.NameEn, c.NameUk, c.CountryCode, CountryCodes.EnglishName(c.CountryCode), c.Region, c.Latitude, c.Longitude, c.Website);

    private static Dictionary<string, string[]> PagingErrors(int? skip, int? take)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (skip is < 0)
        {
            errors["skip"] = ["skip cannot be negative."];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be between 1 and {MaxTake}."];
        }

        return errors;
    }
}

using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Delivery.Network;

/// <summary>The network read API: sites and content types (later issues add the catalog and partnerships).</summary>
internal static class NetworkEndpoints
{
    public static RouteGroupBuilder MapNetworkApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1").WithTags("Network");
        group.MapGet("/sites", ListSitesAsync).WithName("ListSites").WithSummary("Sites of the network, filtered by oblast and name")
            .Produces<NetworkSiteList>(StatusCodes.Status200OK, "application/json").ProducesValidationProblem();
        group.MapGet("/sites/{key}", GetSiteAsync).WithName("GetSite").WithSummary("One site by key")
            .Produces<NetworkSite>(StatusCodes.Status200OK, "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/content-types", ContentTypesAsync).WithName("ListContentTypes").WithSummary("Content types and their properties")
            .Produces<List<ContentType>>(StatusCodes.Status200OK, "application/json");
        return group;
    }

    private static async Task<IResult> ListSitesAsync(
        HttpContext http,
        CmsDbContext db,
        IOptionsMonitor<DeliveryOptions> options,
        [FromQuery, Description("Oblast KATOTTG code or part of its name (uk or en)")] string? oblast,
        [FromQuery, Description("Part of the site's name (uk or en) or key")] string? name,
        [FromQuery, Description("Sites to skip")] string? skip,
        [FromQuery, Description("Sites to return (up to Cms:Delivery:MaxTake)")] string? take,
        CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var skipValue = Number(skip, "skip", 0, int.MaxValue, 0, errors);
        var takeValue = Number(take, "take", 0, settings.MaxTake, settings.DefaultTake, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The request is not valid.");
        }

        var sites = db.Set<Site>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(oblast))
        {
            var text = oblast.Trim().ToLowerInvariant();
            sites = sites.Where(s => s.OblastCode == oblast.Trim() || s.OblastNameUk!.ToLower().Contains(text) || s.OblastNameEn!.ToLower().Contains(text));
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var text = name.Trim().ToLowerInvariant();
            sites = sites.Where(s => s.NameUk.ToLower().Contains(text) || s.NameEn.ToLower().Contains(text) || s.Key.Contains(text));
        }

        var total = await sites.LongCountAsync(cancellationToken);
        var page = await Project(sites.OrderBy(s => EF.Functions.Collate(s.NameUk, db.UkrainianCollation)).ThenBy(s => s.Id).Skip(skipValue).Take(takeValue)).ToListAsync(cancellationToken);
        return DeliveryResponses.Json(http, new NetworkSiteList(total, page.Select(ToApi).ToList()), DeliveryJsonContext.Api.NetworkSiteList, false, settings.MaxAgeSeconds);
    }

    private static async Task<IResult> GetSiteAsync(
        HttpContext http, CmsDbContext db, IOptionsMonitor<DeliveryOptions> options, [Description("Site key, e.g. lviv")] string key, CancellationToken cancellationToken)
    {
        var site = await Project(db.Set<Site>().AsNoTracking().Where(s => s.Key == key)).FirstOrDefaultAsync(cancellationToken);
        return site is null
            ? TypedResults.Problem(title: "Not found", detail: $"No site has the key '{key}'.", statusCode: StatusCodes.Status404NotFound)
            : DeliveryResponses.Json(http, ToApi(site), DeliveryJsonContext.Api.NetworkSite, false, options.CurrentValue.MaxAgeSeconds);
    }

    private static async Task<IResult> ContentTypesAsync(HttpContext http, DeliveryCatalog catalog, IOptionsMonitor<DeliveryOptions> options, CancellationToken cancellationToken) =>
        DeliveryResponses.Json(http, (await catalog.TypesAsync(cancellationToken)).ToList(), DeliveryJsonContext.Api.ListContentType, false, options.CurrentValue.MaxAgeSeconds);

    private static IQueryable<SiteRow> Project(IQueryable<Site> sites) => sites.Select(s => new SiteRow(
        s.Key, s.NameUk, s.NameEn, s.KatottgCode, s.OblastCode, s.OblastNameUk, s.OblastNameEn, s.Population, s.Latitude, s.Longitude,
        s.Cultures, s.Hostnames.Select(h => h.Hostname).ToList()));

    private static NetworkSite ToApi(SiteRow s) => new(
        s.Key, s.NameUk, s.NameEn, s.KatottgCode, s.OblastCode, s.OblastNameUk, s.OblastNameEn, s.Population, s.Latitude, s.Longitude,
        s.Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), s.Hostnames);

    private static int Number(string? value, string name, int min, int max, int fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors[name] = [$"'{value}' must be a whole number from {min} to {max}."];
        return fallback;
    }

    private sealed record SiteRow(
        string Key, string NameUk, string NameEn, string? KatottgCode, string? OblastCode, string? OblastNameUk, string? OblastNameEn,
        int? Population, double? Latitude, double? Longitude, string Cultures, List<string> Hostnames);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Map;

/// <summary><c>GET /api/v1/sites/{key}/partnerships/map.svg</c>: the city's public partnerships on a locally drawn map.</summary>
public static class PartnershipMapEndpoint
{
    public static IEndpointRouteBuilder MapPartnershipMap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/sites/{key}/partnerships/map.svg", RenderAsync).WithTags("Partnerships").AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").Produces(StatusCodes.Status404NotFound)
            .WithSummary("An SVG map of a city's partnerships (no external tiles or scripts).");
        return app;
    }

    public static async Task<string?> RenderForSiteAsync(CmsDbContext db, SiteSummary site, string culture, CancellationToken cancellationToken)
    {
        var record = await db.Set<Site>().AsNoTracking().Where(s => s.Id == site.Id)
            .Select(s => new { s.OblastCode, s.Latitude, s.Longitude }).SingleOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        var shapes = OblastShapes.Instance;
        PartnershipMapSvg.Point? city = record.Latitude is { } lat && record.Longitude is { } lon
            ? new(site.NameIn(culture), lat, lon, false)
            : record.OblastCode is { } code && shapes.ByCode.TryGetValue(code, out var oblast)
                ? new(site.NameIn(culture), oblast.Centre.Lat, oblast.Centre.Lon, true)
                : null;

        var partners = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.SiteId == site.Id && p.PartnerCity != null && p.Status == PartnershipStatus.Active)
            .Select(p => p.PartnerCity!).OrderBy(c => c.NameEn).ToListAsync(cancellationToken);
        var points = new List<PartnershipMapSvg.Point>();
        var approximate = false;
        foreach (var partner in partners)
        {
            if (partner.Latitude is { } plat && partner.Longitude is { } plon)
            {
                points.Add(new(partner.NameEn, plat, plon, false));
            }
            else if (CountryCentres.TryGet(partner.CountryCode, out var centre))
            {
                // Several partners in one country would sit on one dot: fan them out a little.
                var sameCountry = points.Count(p => p.Approximate && p.Label.EndsWith($"({partner.CountryCode})", StringComparison.Ordinal));
                points.Add(new($"{partner.NameEn} ({partner.CountryCode})", centre.Lat - (sameCountry * 0.9), centre.Lon + (sameCountry * 0.6), true));
                approximate = true;
            }
        }

        var uk = culture == "uk";
        var title = uk ? $"Міста-партнери: {site.NameUk}" : $"Partner cities of {site.NameEn}";
        var list = string.Join(", ", partners.Select(p => p.NameEn));
        var description = (uk ? $"{site.NameUk} та її партнери: {list}." : $"{site.NameEn} and its partners: {list}.")
            + (approximate
                ? uk ? " Партнери без записаних координат показані в центрі своєї країни." : " Partners without recorded coordinates are shown at the centre of their country."
                : "");
        return PartnershipMapSvg.Render(title, description, record.OblastCode, city, points, shapes);
    }

    private static async Task<IResult> RenderAsync(string key, string? culture, CmsDbContext db, SiteDirectory directory, CancellationToken cancellationToken)
    {
        var site = await directory.FindByKeyAsync(key, cancellationToken);
        if (site is null)
        {
            return Results.NotFound();
        }

        var svg = await RenderForSiteAsync(db, site, culture == "uk" ? "uk" : "en", cancellationToken);
        return svg is null ? Results.NotFound() : Results.Text(svg, "image/svg+xml; charset=utf-8");
    }
}

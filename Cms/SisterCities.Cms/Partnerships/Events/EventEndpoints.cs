using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Events;

/// <summary>
/// Published events as JSON and as iCalendar feeds (one event, one site, the whole network). A cancelled event stays,
/// marked: <c>status: "cancelled"</c> in JSON, <c>STATUS:CANCELLED</c> in iCalendar (in the feeds until
/// <see cref="EventCancellation.FeedRetention"/> after its end, so subscribed calendars learn of it).
/// </summary>
public static class EventEndpoints
{
    public const int MaxTake = 100;
    private const string CalendarType = "text/calendar; charset=utf-8";

    /// <summary>Put before a cancelled event's title: some calendar apps show STATUS:CANCELLED faintly or not at all.</summary>
    public const string CancelledPrefix = "СКАСОВАНО / CANCELLED: ";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        // Anonymous reads share the network API's per-client limit (DeliveryServices), which documents its 429.
        var group = app.MapGroup("/api/v1").WithTags("Events").AllowAnonymous().RequireRateLimiting(Delivery.DeliveryServices.RateLimitPolicy);
        group.MapGet("/events", ListAsync).WithSummary("Published events, soonest first; times in UTC with the Europe/Kyiv local time; cancelled ones have status \"cancelled\".");
        group.MapGet("/events/{id:guid}", GetAsync).WithSummary("One published event.");
        group.MapGet("/events/{id:guid}/calendar.ics", OneCalendarAsync).WithSummary("One event as iCalendar.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status404NotFound);
        group.MapGet("/events/calendar.ics", NetworkCalendarAsync).WithSummary("Every published event of the network as an iCalendar feed.");
        group.MapGet("/sites/{key}/events.ics", SiteCalendarAsync).WithSummary("A site's events (hosted, held there or linked) as an iCalendar feed.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar").Produces(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<EventPage>, ValidationProblem>> ListAsync(
        CmsDbContext db, SiteDirectory directory, string? site, DateTimeOffset? from, DateTimeOffset? to, int? skip, int? take, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        SiteSummary? siteFilter = null;
        if (site is not null && (siteFilter = await directory.FindByKeyAsync(site, cancellationToken)) is null)
        {
            errors["site"] = [$"No site has the key '{site}'."];
        }

        if (skip is < 0)
        {
            errors["skip"] = ["skip cannot be negative."];
        }

        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be between 1 and {MaxTake}."];
        }

        if (from is not null && to is not null && to < from)
        {
            errors["to"] = ["'to' is before 'from'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var events = await QueryAsync(db, siteFilter?.Id, from, to, null, cancellationToken);
        var page = events.Skip(skip ?? 0).Take(take ?? 20).Select(ToDto).ToList();
        return TypedResults.Ok(new EventPage(events.Count, page));
    }

    private static async Task<Results<Ok<EventDto>, NotFound>> GetAsync(CmsDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var found = await db.Set<NetworkEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Key == id && e.Published, cancellationToken);
        return found is null ? TypedResults.NotFound() : TypedResults.Ok(ToDto(found));
    }

    private static async Task<IResult> OneCalendarAsync(CmsDbContext db, Guid id, HttpContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        var found = await db.Set<NetworkEvent>().AsNoTracking().FirstOrDefaultAsync(e => e.Key == id && e.Published, cancellationToken);
        return found is null
            ? TypedResults.NotFound()
            : Calendar(found.TitleEn, [found], context, clock, $"{found.Key}.ics");
    }

    private static async Task<IResult> NetworkCalendarAsync(CmsDbContext db, HttpContext context, TimeProvider clock, CancellationToken cancellationToken) =>
        Calendar("SisterCities network events", await QueryAsync(db, null, null, null, EventCancellation.FeedCutoff(clock.GetUtcNow()), cancellationToken), context, clock, "events.ics");

    private static async Task<IResult> SiteCalendarAsync(
        CmsDbContext db, SiteDirectory directory, string key, HttpContext context, TimeProvider clock, CancellationToken cancellationToken)
    {
        var site = await directory.FindByKeyAsync(key, cancellationToken);
        return site is null
            ? TypedResults.NotFound()
            : Calendar($"{site.NameEn} events", await QueryAsync(db, site.Id, null, null, EventCancellation.FeedCutoff(clock.GetUtcNow()), cancellationToken), context, clock, $"{site.Key}-events.ics");
    }

    /// <summary>Published events (cancelled ones included, unless they ended before <paramref name="cancelledEndedAfter"/>).</summary>
    private static async Task<List<NetworkEvent>> QueryAsync(
        CmsDbContext db, int? siteId, DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset? cancelledEndedAfter, CancellationToken cancellationToken)
    {
        var query = db.Set<NetworkEvent>().AsNoTracking().Where(e => e.Published);
        if (cancelledEndedAfter is { } cutoff)
        {
            query = query.Where(e => e.CancelledAt == null || e.EndsAt >= cutoff);
        }

        if (from is { } f)
        {
            query = query.Where(e => e.EndsAt >= f.ToUniversalTime());
        }

        if (to is { } t)
        {
            query = query.Where(e => e.StartsAt <= t.ToUniversalTime());
        }

        var events = await query.OrderBy(e => e.StartsAt).ToListAsync(cancellationToken);
        return siteId is { } id
            ? events.Where(e => e.HostSiteId == id || e.PlaceSiteId == id || e.LinkedSiteIds.Contains(id)).ToList()
            : events;
    }

    private static IResult Calendar(string name, IEnumerable<NetworkEvent> events, HttpContext context, TimeProvider clock, string fileName)
    {
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var entries = events.Select(e => new ICalendarEntry(
            $"{e.Key}@sistercities",
            e.StartsAt,
            e.EndsAt,
            e.Sequence,
            (e.CancelledAt is null ? "" : CancelledPrefix) + (e.TitleEn == e.TitleUk ? e.TitleUk : $"{e.TitleUk} / {e.TitleEn}"),
            EventCancellation.CalendarDescription(e.CancelledAt is null ? null : e.CancellationReason, e.DescriptionEn ?? e.DescriptionUk),
            e.Venue,
            $"{baseUrl}/api/v1/events/{e.Key}",
            e.UpdatedAt,
            e.CancelledAt is not null));
        context.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        return TypedResults.Text(ICalendarWriter.Write(name, entries, clock.GetUtcNow()), CalendarType);
    }

    private static EventDto ToDto(NetworkEvent e) => new(
        e.Key, e.Kind, new Dictionary<string, string> { ["uk"] = e.TitleUk, ["en"] = e.TitleEn },
        e.StartsAt, e.EndsAt, KyivTime.ToKyiv(e.StartsAt), KyivTime.ToKyiv(e.EndsAt), e.Venue, e.RegistrationUrl,
        e.LinkedBusinessKeys, e.LinkedProjectKeys, e.CancelledAt is null ? "scheduled" : "cancelled", e.CancelledAt, e.CancellationReason);
}

public sealed record EventPage(int Total, IReadOnlyList<EventDto> Items);

public sealed record EventDto(
    Guid Id, string Kind, IReadOnlyDictionary<string, string> Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    DateTimeOffset StartsAtKyiv, DateTimeOffset EndsAtKyiv, string? Venue, string? RegistrationUrl,
    IReadOnlyList<Guid> Businesses, IReadOnlyList<Guid> Projects, string Status, DateTimeOffset? CancelledAt, string? CancellationReason);

using System.Text.Json.Nodes;
using SisterCities.Cms.Findable;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>
/// One published event: when and where (Kyiv time), its story, registration, the .ics file, JSON-LD Event. A cancelled
/// event says so at the top and in <c>eventStatus</c>, and offers no registration.
/// </summary>
public sealed class NetworkEventPageModel : PublicPageModel, IHasStructuredData
{
    public required EventWords Words { get; init; }

    public required string Kind { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public string? Place { get; init; }

    public string? PlaceCountry { get; init; }

    public string? Body { get; init; }

    public string? Organiser { get; init; }

    public IReadOnlyList<string> Participants { get; init; } = [];

    public IReadOnlyList<ContentLink> Businesses { get; init; } = [];

    public string? RegistrationUrl { get; init; }

    /// <summary>When the organiser called the event off; null while it is on.</summary>
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>The organiser's reason for calling it off, plain text as typed (encoded when shown); null when none was given.</summary>
    public string? CancellationReason { get; init; }

    public required string CalendarUrl { get; init; }

    public required string EventsUrl { get; init; }

    public required string AbsoluteUrl { get; init; }

    public override string? Description => Body is { } b ? (b.Length > 200 ? b[..200] + "…" : b) : null;

    public JsonObject? StructuredData(string homeUrl)
    {
        var data = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = Title,
            ["url"] = AbsoluteUrl,
            ["inLanguage"] = Culture,
            ["startDate"] = PublicDates.Machine(StartsAt),
            ["endDate"] = PublicDates.Machine(EndsAt),
            ["eventStatus"] = CancelledAt is null ? "https://schema.org/EventScheduled" : "https://schema.org/EventCancelled",
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
        };
        if (Body is not null)
        {
            data["description"] = Body;
        }

        data["location"] = new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = Place ?? SiteName,
            ["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = Place ?? SiteName, ["addressCountry"] = PlaceCountry ?? "UA" },
        };
        data["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = Organiser ?? NetworkName, ["url"] = homeUrl };
        if (RegistrationUrl is not null && CancelledAt is null)
        {
            data["offers"] = new JsonObject { ["@type"] = "Offer", ["url"] = RegistrationUrl, ["availability"] = "https://schema.org/InStock" };
        }

        return data;
    }
}

using SisterCities.Cms.PublicSite.Models;

namespace SisterCities.Cms.Partnerships.EventPages;

/// <summary>Upcoming events grouped by month (Kyiv time), or the archive of past ones.</summary>
public sealed class EventsCalendarModel : PublicPageModel
{
    public required EventWords Words { get; init; }

    public required bool IsArchive { get; init; }

    public required string Intro { get; init; }

    public required IReadOnlyList<EventMonth> Months { get; init; }

    public required string UpcomingUrl { get; init; }

    public required string ArchiveUrl { get; init; }

    public required string FeedUrl { get; init; }

    public override string? Description => Intro;
}

public sealed record EventMonth(string Key, string Label, IReadOnlyList<EventCard> Events);

public sealed record EventCard(string Title, string Url, string Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, bool Cancelled = false);

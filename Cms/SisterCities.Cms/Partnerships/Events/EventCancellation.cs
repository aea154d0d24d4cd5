namespace SisterCities.Cms.Partnerships.Events;

/// <summary>
/// How long a cancelled event stays in the .ics feeds. Calendar clients keep an event that silently disappears from a
/// subscribed feed, so a cancelled event is published with <c>STATUS:CANCELLED</c> instead (RFC 5545 3.8.1.11) until
/// some time after it would have ended, by when every subscriber has refreshed; then it leaves the feeds.
/// </summary>
public static class EventCancellation
{
    public static readonly TimeSpan FeedRetention = TimeSpan.FromDays(30);

    /// <summary>Cancelled events that ended before this moment are left out of the feeds.</summary>
    public static DateTimeOffset FeedCutoff(DateTimeOffset now) => now.ToUniversalTime() - FeedRetention;
}

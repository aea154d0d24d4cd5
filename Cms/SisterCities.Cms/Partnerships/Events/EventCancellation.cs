namespace SisterCities.Cms.Partnerships.Events;

/// <summary>
/// How long a cancelled event stays in the .ics feeds. Calendar clients keep an event that silently disappears from a
/// subscribed feed, so a cancelled event is published with <c>STATUS:CANCELLED</c> instead (RFC 5545 3.8.1.11) until
/// some time after it would have ended, by when every subscriber has refreshed; then it leaves the feeds.
/// </summary>
public static class EventCancellation
{
    public static readonly TimeSpan FeedRetention = TimeSpan.FromDays(30);

    /// <summary>Longest reason an organiser may give for calling an event off.</summary>
    public const int ReasonMax = 500;

    /// <summary>First words of a cancelled event's .ics DESCRIPTION when a reason was given.</summary>
    public const string ReasonPrefix = "Скасовано / Cancelled: ";

    /// <summary>
    /// The organiser's reason as stored: plain text, line ends made "\n", trimmed, null when blank; an error message
    /// instead when it is longer than <see cref="ReasonMax"/>.
    /// </summary>
    public static (string? Reason, string? Error) ReadReason(string? typed)
    {
        var text = typed?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        return text.Length > ReasonMax
            ? (null, $"The reason may be at most {ReasonMax} characters long; this one has {text.Length}.")
            : (text, null);
    }

    /// <summary>
    /// A cancelled event's .ics DESCRIPTION: the reason first ("Скасовано / Cancelled: …"), so calendar apps that show
    /// the status faintly or not at all still say why, then the original description. The calendar writer escapes and
    /// folds it like any text. Without a reason, the description as it was.
    /// </summary>
    public static string? CalendarDescription(string? reason, string? description)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return description;
        }

        return string.IsNullOrEmpty(description) ? ReasonPrefix + reason : ReasonPrefix + reason + "\n" + description;
    }

    /// <summary>Cancelled events that ended before this moment are left out of the feeds.</summary>
    public static DateTimeOffset FeedCutoff(DateTimeOffset now) => now.ToUniversalTime() - FeedRetention;
}

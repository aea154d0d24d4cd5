using System.Globalization;
using System.Text;

namespace SisterCities.Cms.Partnerships.Events;

/// <summary>
/// Writes RFC 5545 iCalendar: CRLF line ends, lines folded at 75 octets, TEXT values escaped, times in UTC
/// (so no VTIMEZONE is needed; calendars show them in the reader's zone, Europe/Kyiv for most readers).
/// A cancelled entry keeps its UID and carries <c>STATUS:CANCELLED</c>; its caller raises the SEQUENCE and
/// LAST-MODIFIED, so a subscribed calendar replaces the event it holds rather than keeping a stale copy.
/// </summary>
public static class ICalendarWriter
{
    public static string Write(string calendarName, IEnumerable<ICalendarEntry> entries, DateTimeOffset stamp)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//SisterCities//Events//EN");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(calendarName));
        foreach (var entry in entries)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + entry.Uid);
            Line(ics, "DTSTAMP:" + Utc(stamp));
            Line(ics, "DTSTART:" + Utc(entry.StartsAt));
            Line(ics, "DTEND:" + Utc(entry.EndsAt));
            Line(ics, "SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture));
            if (entry.LastModified is { } modified)
            {
                Line(ics, "LAST-MODIFIED:" + Utc(modified));
            }

            Line(ics, "STATUS:" + (entry.Cancelled ? "CANCELLED" : "CONFIRMED"));
            Line(ics, "SUMMARY:" + Escape(entry.Summary));
            if (!string.IsNullOrEmpty(entry.Description))
            {
                Line(ics, "DESCRIPTION:" + Escape(entry.Description));
            }

            if (!string.IsNullOrEmpty(entry.Location))
            {
                Line(ics, "LOCATION:" + Escape(entry.Location));
            }

            if (entry.Url is not null)
            {
                Line(ics, "URL:" + entry.Url);
            }

            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Folds at 75 octets without splitting a UTF-8 sequence (Cyrillic is two octets a letter).</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}

public sealed record ICalendarEntry(
    string Uid, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Sequence, string Summary, string? Description, string? Location, string? Url,
    DateTimeOffset? LastModified = null, bool Cancelled = false);

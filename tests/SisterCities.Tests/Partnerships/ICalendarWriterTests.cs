using System.Text;
using Ical.Net;
using SisterCities.Cms.Partnerships.Events;

namespace SisterCities.Tests.Partnerships;

/// <summary>The iCalendar text itself: RFC 5545 line ends, folding, escaping and the cancelled state of an entry.</summary>
public sealed class ICalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_cancelled_entry_keeps_its_uid_and_carries_status_cancelled_sequence_and_last_modified()
    {
        var starts = new DateTimeOffset(2027, 5, 20, 7, 0, 0, TimeSpan.Zero);
        var modified = new DateTimeOffset(2026, 11, 28, 9, 30, 15, TimeSpan.Zero);
        var text = ICalendarWriter.Write("Lviv events", [
            new ICalendarEntry("a@sistercities", starts, starts.AddHours(8), 3, "СКАСОВАНО / CANCELLED: Форум", null, null, null, modified, Cancelled: true),
            new ICalendarEntry("b@sistercities", starts, starts.AddHours(2), 0, "Форум", null, null, null, modified),
        ], Stamp);

        Assert.Contains("\r\nUID:a@sistercities\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSTATUS:CANCELLED\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nSTATUS:CONFIRMED\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nLAST-MODIFIED:20261128T093015Z\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nDTSTAMP:20261129T120000Z\r\n", text, StringComparison.Ordinal);

        var calendar = Calendar.Load(text)!;
        var cancelled = Assert.Single(calendar.Events, e => e.Uid == "a@sistercities");
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(3, cancelled.Sequence);
        Assert.Equal(modified.UtcDateTime, cancelled.LastModified!.AsUtc);
        Assert.Equal("CONFIRMED", Assert.Single(calendar.Events, e => e.Uid == "b@sistercities").Status);
    }

    [Fact]
    public void Long_cyrillic_text_is_folded_at_75_octets_with_crlf_and_escaped_text_reads_back_unchanged()
    {
        var summary = EventEndpoints.CancelledPrefix + "Бізнес-форум «Львів — Вроцлав»; ринки, експорт і логістика харчової промисловості \\ дві громади";
        var description = "Перший рядок; з комою, і зворотною косою \\.\nДругий рядок.\r\nТретій.";
        var starts = new DateTimeOffset(2027, 5, 20, 7, 0, 0, TimeSpan.Zero);
        var text = ICalendarWriter.Write("Мережа; події", [
            new ICalendarEntry("c@sistercities", starts, starts.AddHours(1), 1, summary, description, "Львів, пл. Ринок, 1", "https://example.org/e", starts, Cancelled: true),
        ], Stamp);

        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', text.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains(lines, line => line.StartsWith(' ')); // the summary really was folded
        Assert.Contains("X-WR-CALNAME:Мережа\\; події", text, StringComparison.Ordinal);

        // Unfolding must give back whole letters: folding never splits a UTF-8 sequence.
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:СКАСОВАНО / CANCELLED: Бізнес-форум «Львів — Вроцлав»\\; ринки\\, експорт", unfolded, StringComparison.Ordinal);
        var parsed = Assert.Single(Calendar.Load(text)!.Events);
        Assert.Equal(summary, parsed.Summary);
        Assert.Equal("Перший рядок; з комою, і зворотною косою \\.\nДругий рядок.\nТретій.", parsed.Description);
        Assert.Equal("CANCELLED", parsed.Status);
    }

    [Fact]
    public void A_cancellation_reason_is_the_first_line_of_the_description_escaped_and_folded_by_the_writer()
    {
        var reason = "Зал затопило; перенесемо, коли відремонтують <b>залу</b> \\ дякуємо за розуміння, партнери з Вроцлава";
        var description = EventCancellation.CalendarDescription(reason, "Форум експортерів.\nДругий рядок.");
        Assert.Equal(EventCancellation.ReasonPrefix + reason + "\nФорум експортерів.\nДругий рядок.", description);
        Assert.Equal("Скасовано / Cancelled: " + reason, EventCancellation.CalendarDescription(reason, null));
        Assert.Equal("Форум.", EventCancellation.CalendarDescription(null, "Форум."));
        Assert.Null(EventCancellation.CalendarDescription(null, null));

        var starts = new DateTimeOffset(2027, 5, 20, 7, 0, 0, TimeSpan.Zero);
        var text = ICalendarWriter.Write("Lviv events", [
            new ICalendarEntry("d@sistercities", starts, starts.AddHours(1), 1, "СКАСОВАНО / CANCELLED: Форум", description, null, null, starts, Cancelled: true),
        ], Stamp);

        var lines = text.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("\r\nDESCRIPTION:Скасовано / Cancelled: Зал затопило\\; перенесемо\\, коли", unfolded, StringComparison.Ordinal);
        Assert.Equal(description, Assert.Single(Calendar.Load(text)!.Events).Description);
    }
}

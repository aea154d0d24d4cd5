using System.Globalization;

namespace SisterCities.Cms.PublicSite;

/// <summary>Dates as citizens read them: Kyiv time, long form in the page's language.</summary>
public static class PublicDates
{
    private static readonly TimeZoneInfo Kyiv = FindKyiv();

    public static string Display(DateTimeOffset value, string culture) =>
        TimeZoneInfo.ConvertTime(value, Kyiv).ToString("d MMMM yyyy", FormatFor(culture));

    public static string DisplayWithTime(DateTimeOffset value, string culture) =>
        TimeZoneInfo.ConvertTime(value, Kyiv).ToString("d MMMM yyyy, HH:mm", FormatFor(culture));

    public static DateTimeOffset InKyiv(DateTimeOffset value) => TimeZoneInfo.ConvertTime(value, Kyiv);

    /// <summary>An archive month's label: "листопад 2026", "November 2026".</summary>
    public static string MonthAndYear(int year, int month, string culture) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified).ToString("MMMM yyyy", FormatFor(culture));

    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Machine(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static CultureInfo FormatFor(string culture) => culture == "uk" ? CultureInfo.GetCultureInfo("uk-UA") : CultureInfo.GetCultureInfo("en-GB");

    private static TimeZoneInfo FindKyiv()
    {
        // tzdata renamed Europe/Kiev to Europe/Kyiv in 2022; older images know only the old name.
        foreach (var id in new[] { "Europe/Kyiv", "Europe/Kiev", "FLE Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }

        return TimeZoneInfo.Utc;
    }
}

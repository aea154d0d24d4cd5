using System.Globalization;

namespace SisterCities.Cms.PublicSite;

/// <summary>A month of a news list's archive (Kyiv time) and how many articles it has.</summary>
public sealed record NewsMonth(int Year, int Month, int Count)
{
    /// <summary>The <c>?month=</c> value, e.g. <c>2026-11</c>.</summary>
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>Parses <c>yyyy-MM</c>; anything else (<c>2026-13</c>, <c>11-2026</c>, <c>2026-1</c>) is not a month.</summary>
    public static bool TryParse(string? value, out int year, out int month)
    {
        year = month = 0;
        return value is { Length: 7 } && value[4] == '-'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            && year >= 1 && month is >= 1 and <= 12;
    }

    /// <summary>Newest month first, counting each article in the month it was published, in Kyiv time.</summary>
    public static IReadOnlyList<NewsMonth> Group(IEnumerable<DateTimeOffset> published) =>
        published.Select(PublicDates.InKyiv)
            .GroupBy(d => (d.Year, d.Month))
            .OrderByDescending(g => g.Key.Year).ThenByDescending(g => g.Key.Month)
            .Select(g => new NewsMonth(g.Key.Year, g.Key.Month, g.Count()))
            .ToList();

    public bool Contains(DateTimeOffset published)
    {
        var local = PublicDates.InKyiv(published);
        return local.Year == Year && local.Month == Month;
    }
}

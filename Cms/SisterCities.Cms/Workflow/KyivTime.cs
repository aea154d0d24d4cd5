namespace SisterCities.Cms.Workflow;

/// <summary>Times are stored in UTC and shown to editors in Europe/Kyiv (with its summer time).</summary>
public static class KyivTime
{
    // Older tzdata only knows the pre-2022 spelling "Europe/Kiev".
    public static readonly TimeZoneInfo Zone =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kyiv", out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById("Europe/Kiev");

    public static DateTimeOffset ToKyiv(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>Reads a wall-clock time in Kyiv (as a <c>datetime-local</c> field sends it) as a UTC instant.</summary>
    public static DateTimeOffset FromKyivWallClock(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    public static string Format(DateTimeOffset utc) => ToKyiv(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " (Київ)";
}

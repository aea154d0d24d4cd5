namespace SisterCities.Cms.Partnerships.Events;

/// <summary>Europe/Kyiv, the zone every date of the network is shown in (stored values are UTC).</summary>
public static class KyivTime
{
    // "Europe/Kyiv" is the IANA name since 2022; older tz data only knows "Europe/Kiev".
    public static TimeZoneInfo Zone { get; } =
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kyiv", out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById("Europe/Kiev");

    public static DateTimeOffset ToKyiv(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);
}

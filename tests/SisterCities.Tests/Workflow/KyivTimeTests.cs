using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Workflow;

public sealed class KyivTimeTests
{
    [Theory]
    [InlineData("2026-01-15T10:00", "2026-01-15T08:00:00+00:00")] // winter: UTC+2
    [InlineData("2026-07-15T10:00", "2026-07-15T07:00:00+00:00")] // summer: UTC+3
    [InlineData("2026-03-29T04:30", "2026-03-29T01:30:00+00:00")] // just after the spring change (03:00 → 04:00)
    public void A_Kyiv_wall_clock_time_is_stored_as_the_right_UTC_instant(string kyiv, string utc)
    {
        var stored = KyivTime.FromKyivWallClock(DateTime.Parse(kyiv, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), stored);
        Assert.Equal(TimeSpan.Zero, stored.Offset);
        Assert.Equal(kyiv.Replace('T', ' ') + " (Київ)", KyivTime.Format(stored));
    }
}

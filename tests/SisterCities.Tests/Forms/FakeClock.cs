namespace SisterCities.Tests.Forms;

/// <summary>A clock the test moves by hand: fill times, backoff and retention without waiting.</summary>
internal sealed class FakeClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

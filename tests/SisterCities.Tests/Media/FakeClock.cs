namespace SisterCities.Tests.Media;

/// <summary>A clock the test sets; timers still run on real time (nothing here waits on the fake clock).</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

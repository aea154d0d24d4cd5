namespace SisterCities.Cms.Sites.DemoNetwork;

/// <summary>A clock stopped at one instant: lets the seed date demo news in the past through the normal writer.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

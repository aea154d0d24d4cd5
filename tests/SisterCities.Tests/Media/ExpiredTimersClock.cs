namespace SisterCities.Tests.Media;

/// <summary>A clock on which every timer is already due: any time limit built on it has run out at once.</summary>
public sealed class ExpiredTimersClock : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        callback(state);
        return new DoneTimer();
    }

    private sealed class DoneTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

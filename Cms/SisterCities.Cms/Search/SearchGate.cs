namespace SisterCities.Cms.Search;

/// <summary>
/// Lets a fixed number of searches run at once and queues the rest in arrival order (the model of Elasticsearch's
/// search thread pool). A search is pure CPU work: with 32 running on 2 cores, the operating system time-slices them,
/// every search takes 16 times its own cost and a broad one becomes the slowest answer; queued first-come first-served,
/// each waits for the ones before it and then runs at full speed, so the slowest answers come close to the typical
/// ones. When more than <c>maxWaiting</c> wait, a search is refused (<see cref="SearchBusyException"/>, a 503) rather
/// than queued without bound.
/// </summary>
public sealed class SearchGate(int concurrency, int maxWaiting)
{
    // SemaphoreSlim hands a released slot to the oldest asynchronous waiter.
    private readonly SemaphoreSlim _slots = new(Math.Max(1, concurrency), Math.Max(1, concurrency));
    private int _waiting;

    public async Task<Slot> EnterAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _waiting) > maxWaiting + _slots.CurrentCount)
        {
            Interlocked.Decrement(ref _waiting);
            throw new SearchBusyException();
        }

        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        return new Slot(_slots);
    }

    /// <summary>A running search's place; disposing it lets the next one in.</summary>
    public sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}

/// <summary>Too many searches are waiting; the caller answers 503 with <c>Retry-After</c>.</summary>
public sealed class SearchBusyException() : Exception("Too many searches are waiting; try again in a moment.");

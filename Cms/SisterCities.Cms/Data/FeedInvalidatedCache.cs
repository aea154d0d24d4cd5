namespace SisterCities.Cms.Data;

/// <summary>
/// An in-memory value loaded on first use and dropped when a change-feed listener says so. One load runs at a
/// time. A drop that arrives while a load is running wins: that load's result is returned to its caller but not
/// kept, since it may have read the database before the change committed.
/// </summary>
public sealed class FeedInvalidatedCache<T>(Func<CancellationToken, Task<T>> load)
    where T : class
{
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile T? _value;
    private long _generation;

    public async ValueTask<T> GetAsync(CancellationToken cancellationToken)
    {
        var value = _value;
        if (value is not null)
        {
            return value;
        }

        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            if (_value is { } loaded)
            {
                return loaded;
            }

            var generation = Interlocked.Read(ref _generation);
            var fresh = await load(cancellationToken);
            if (Interlocked.Read(ref _generation) == generation)
            {
                _value = fresh;
            }

            return fresh;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _value = null;
    }
}

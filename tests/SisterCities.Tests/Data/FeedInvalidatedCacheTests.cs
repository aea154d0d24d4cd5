using SisterCities.Cms.Data;

namespace SisterCities.Tests.Data;

public sealed class FeedInvalidatedCacheTests
{
    [Fact]
    public async Task A_value_loaded_while_a_change_arrives_is_not_kept()
    {
        var loads = 0;
        var release = new TaskCompletionSource();
        var cache = new FeedInvalidatedCache<string>(async _ =>
        {
            var n = Interlocked.Increment(ref loads);
            if (n == 1)
            {
                await release.Task;
            }

            return $"load {n}";
        });

        var first = cache.GetAsync(CancellationToken.None).AsTask();
        cache.Invalidate();
        release.SetResult();

        Assert.Equal("load 1", await first);
        Assert.Equal("load 2", await cache.GetAsync(CancellationToken.None));
        Assert.Equal("load 2", await cache.GetAsync(CancellationToken.None));
    }
}

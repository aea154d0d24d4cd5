using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

public sealed class SearchGateTests
{
    [Fact]
    public async Task Searches_beyond_the_limit_wait_and_go_in_arrival_order()
    {
        var gate = new SearchGate(concurrency: 1, maxWaiting: 10);
        var first = await gate.EnterAsync(CancellationToken.None);
        var order = new List<int>();
        var waiting = Enumerable.Range(1, 3).Select(async i =>
        {
            using var slot = await gate.EnterAsync(CancellationToken.None);
            lock (order)
            {
                order.Add(i);
            }
        }).ToList();

        Assert.All(waiting, t => Assert.False(t.IsCompleted));
        first.Dispose();
        await Task.WhenAll(waiting);
        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task When_too_many_wait_a_search_is_refused_instead_of_queued()
    {
        var gate = new SearchGate(concurrency: 1, maxWaiting: 2);
        using var running = await gate.EnterAsync(CancellationToken.None);
        var queued = new[] { gate.EnterAsync(CancellationToken.None), gate.EnterAsync(CancellationToken.None) };

        await Assert.ThrowsAsync<SearchBusyException>(() => gate.EnterAsync(CancellationToken.None));
        running.Dispose();
        (await queued[0]).Dispose();
        (await queued[1]).Dispose();
        using var again = await gate.EnterAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_cancelled_wait_gives_up_its_place()
    {
        var gate = new SearchGate(concurrency: 1, maxWaiting: 1);
        var running = await gate.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = gate.EnterAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        var next = gate.EnterAsync(CancellationToken.None);
        running.Dispose();
        (await next).Dispose();
    }
}

using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

public sealed class SearchIndexSwapTests
{
    [Fact]
    public async Task Searches_running_while_the_index_is_swapped_again_and_again_all_find_the_document()
    {
        var document = new SearchDocument
        {
            Id = "a",
            Owner = "a",
            Type = "page",
            Title = "Ніжинські огірки",
            Text = "Ярмарок у Ніжині.",
            Url = "/a",
            SiteKey = "nizhyn",
            SiteName = "Ніжин",
            Culture = "uk",
        };
        using var fixture = new SearchIndexFixture([document], hunspell: false);
        var uncached = new SearchService(fixture.Index, new SearchRebuilder(fixture.Index, null!, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchRebuilder>.Instance), new SearchSettings { ResultCacheSize = 0 });

        using var stop = new CancellationTokenSource();
        using var started = new CountdownEvent(2);
        var searchers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(
            () =>
            {
                var totals = new List<int> { uncached.Search(new SearchRequest("огірки")).Total };
                started.Signal();
                while (!stop.IsCancellationRequested)
                {
                    // Mostly bare leases, to hit the moment between reading the live generation and acquiring from it.
                    for (var i = 0; i < 1000; i++)
                    {
                        var lease = fixture.Index.Acquire();
                        SearchIndex.Release(lease);
                    }

                    totals.Add(uncached.Search(new SearchRequest("огірки")).Total);
                }

                return totals;
            },
            TaskCreationOptions.LongRunning)).ToList();
        Assert.True(started.Wait(TimeSpan.FromMinutes(1)));

        for (var swap = 0; swap < 100; swap++)
        {
            var fresh = fixture.Index.NewGeneration(seq: 1);
            fresh.Writer.AddDocument(SearchDocumentMapper.ToLucene(document));
            fixture.Index.Commit(fresh, seq: 1);
            await fixture.Index.SwapAsync(fresh, CancellationToken.None);
        }

        await stop.CancelAsync();
        var all = (await Task.WhenAll(searchers)).SelectMany(t => t).ToList();
        Assert.NotEmpty(all);
        Assert.All(all, total => Assert.Equal(1, total));
    }
}

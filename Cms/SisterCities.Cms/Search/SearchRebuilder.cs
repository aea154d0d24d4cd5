using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search;

/// <summary>
/// Builds a complete new index from every <see cref="ISearchDocumentSource"/> in a sibling folder while the live
/// one keeps answering, then swaps. The feed head is read before loading, so anything written during the rebuild
/// is replayed by the indexer afterwards (replays are idempotent). One rebuild at a time; a second call joins it.
/// </summary>
public sealed partial class SearchRebuilder(SearchIndex index, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchRebuilder> logger)
{
    // The backoffice page polls the progress every 1.5 s: a small network's rebuild should not sit at 0 until it ends.
    private const int ProgressEvery = 100;
    private const int LogEvery = 5000;
    private readonly Lock _gate = new();
    private Task? _running;
    private SearchRebuildProgress _progress = SearchRebuildProgress.Idle;

    public SearchRebuildProgress Progress => Volatile.Read(ref _progress);

    /// <summary>Starts a rebuild (or joins the one running) and completes when the new index is live.</summary>
    public Task RebuildAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_running is { IsCompleted: false })
            {
                return _running;
            }

            Volatile.Write(ref _progress, new SearchRebuildProgress(true, 0, clock.GetUtcNow(), null, null));
            _running = Task.Run(() => RunAsync(cancellationToken), cancellationToken);
            return _running;
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        LogStarted(logger);
        SearchIndexGeneration? fresh = null;
        var count = 0;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var head = await ChangeFeedReader.LatestSeqAsync(db, cancellationToken);
            fresh = index.NewGeneration(seq: 0);
            foreach (var source in scope.ServiceProvider.GetServices<ISearchDocumentSource>())
            {
                await foreach (var document in source.LoadAllAsync(cancellationToken))
                {
                    // The new folder starts empty and ids are unique, so a plain add (no delete-by-term) is enough.
                    fresh.Writer.AddDocument(SearchDocumentMapper.ToLucene(document));
                    if (++count % ProgressEvery == 0)
                    {
                        Volatile.Write(ref _progress, new SearchRebuildProgress(true, count, started, null, null));
                    }

                    if (count % LogEvery == 0)
                    {
                        LogProgress(logger, count);
                    }
                }
            }

            fresh.Writer.ForceMerge(1);
            index.Commit(fresh, head);
            await index.SwapAsync(fresh, cancellationToken);
            Volatile.Write(ref _progress, new SearchRebuildProgress(false, count, started, clock.GetUtcNow(), null));
            LogFinished(logger, count, (clock.GetUtcNow() - started).TotalSeconds, head);
        }
        catch (Exception e)
        {
            fresh?.Dispose();
            if (fresh is not null)
            {
                TryDelete(fresh.Folder);
            }

            Volatile.Write(ref _progress, new SearchRebuildProgress(false, count, started, clock.GetUtcNow(), e.Message));
            LogFailed(logger, e);
            throw;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next successful swap, which removes every stale index-* folder.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: rebuilding the index in a new folder; the live index keeps answering")]
    private static partial void LogStarted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: rebuild progress: {Count} documents indexed")]
    private static partial void LogProgress(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: rebuild finished: {Count} documents in {Seconds:F1} s, live at change-feed seq {Seq}")]
    private static partial void LogFinished(ILogger logger, int count, double seconds, long seq);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search: rebuild failed; the previous index stays live")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

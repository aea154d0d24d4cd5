using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search.Analysis;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Search;

/// <summary>
/// Keeps this node's index in step with the change feed: reads after the sequence number stored in the index
/// commit (<see cref="ChangeFeedReader"/> waits at commit-order gaps), asks each entity's
/// <see cref="ISearchDocumentSource"/> for its public documents and applies the batch in one commit.
/// Opening the index (and loading the 8 MB dictionary) happens here, off the request path.
/// </summary>
public sealed partial class SearchIndexer(
    SearchIndex index,
    SearchRebuilder rebuilder,
    IServiceScopeFactory scopes,
    SearchSettings settings,
    TimeProvider clock,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private const int BatchSize = 500;
    private readonly SearchCopiedFieldsMemo _copied = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the index is open and searchable (possibly still empty while a rebuild runs).</summary>
    public Task Ready => _ready.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var dictionary = await UkrainianDictionary.LoadAsync(settings.HunspellFolder, logger);
            index.Open(new SearchAnalyzers(dictionary));
            _ready.TrySetResult();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _ready.TrySetCanceled(stoppingToken);
            return;
        }
        catch (Exception e)
        {
            // Search down must not take the sites down with it: log, keep the host running.
            LogStartFailed(logger, e);
            _ready.TrySetException(e);
            return;
        }

        if (index.NeedsRebuild)
        {
            try
            {
                await rebuilder.RebuildAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The rebuilder logged it. Following the feed from the empty index's seq 0 still fills it, only slower.
                LogRebuildFailed(logger, e);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var applied = 0;
            try
            {
                applied = await ApplyNextBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogBatchFailed(logger, e, index.Seq);
            }

            if (applied < BatchSize)
            {
                await Task.Delay(PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Applies the next batch of the feed; returns how many feed rows it consumed.</summary>
    internal async Task<int> ApplyNextBatchAsync(CancellationToken cancellationToken)
    {
        if (rebuilder.Progress.Running)
        {
            // The rebuild's swap resets the position; applying to the old index meanwhile is wasted work.
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var from = index.Seq;
        var batch = await ChangeFeedReader.ReadAfterAsync(db, from, BatchSize, clock.GetUtcNow(), cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var all = scope.ServiceProvider.GetServices<ISearchDocumentSource>().ToList();
        var sources = all.ToDictionary(s => s.Entity, StringComparer.Ordinal);
        var byOwner = new Dictionary<string, IReadOnlyList<SearchDocument>>(StringComparer.Ordinal);
        foreach (var entry in batch)
        {
            var owner = entry.Entity + ":" + entry.EntityId;
            if (sources.TryGetValue(entry.Entity, out var source) && !byOwner.ContainsKey(owner))
            {
                byOwner[owner] = await source.LoadAsync(entry.EntityId, cancellationToken);
            }
        }

        var dependents = all.OfType<ISearchDependentSource>().ToList();
        var triggers = batch.Where(e => dependents.Any(d => d.DependsOn.Contains(e.Entity))).ToList();
        var folder = index.LiveFolderName;
        var copiedNow = new Dictionary<string, string>(StringComparer.Ordinal);
        if (triggers.Count > 0)
        {
            var copied = scope.ServiceProvider.GetServices<ISearchCopiedEntity>().ToDictionary(c => c.Entity, StringComparer.Ordinal);
            (triggers, copiedNow) = await _copied.ChangedAsync(triggers, copied, folder, cancellationToken);
        }

        if (triggers.Count > 0)
        {
            // Until every dependent page is written, commits carry the seq just before the first trigger: a crash
            // in between replays the trigger (and re-indexes its dependents again, harmlessly).
            var safeSeq = batch.LastOrDefault(e => e.Seq < triggers[0].Seq)?.Seq ?? from;
            byOwner = await ApplyDependentsAsync(scope.ServiceProvider, dependents, triggers, byOwner, safeSeq, cancellationToken);
        }

        await index.ApplyAsync(byOwner, batch[^1].Seq, cancellationToken);
        _copied.Remember(copiedNow, folder);
        return batch.Count;
    }

    /// <summary>
    /// Adds the documents that copy data from the changed entities (a renamed site's news, partnerships, events,
    /// businesses), writing a commit whenever <see cref="BatchSize"/> owners are pending so a site with 100,000
    /// documents never sits in memory at once. Returns what is still to be written.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<SearchDocument>>> ApplyDependentsAsync(
        IServiceProvider services,
        List<ISearchDependentSource> dependents,
        List<ChangeFeedEntry> triggers,
        Dictionary<string, IReadOnlyList<SearchDocument>> byOwner,
        long safeSeq,
        CancellationToken cancellationToken)
    {
        if (triggers.Any(t => t.Entity == Site.FeedEntityName))
        {
            // The site directory is refreshed by its own feed follower, which may not have seen this change yet;
            // the sources below read names from it, so drop the snapshot now (the change is committed: it is on the feed).
            services.GetRequiredService<SiteDirectory>().Invalidate();
        }

        foreach (var trigger in triggers.DistinctBy(t => (t.Entity, t.EntityId)))
        {
            foreach (var source in dependents.Where(d => d.DependsOn.Contains(trigger.Entity)))
            {
                string? after = null;
                do
                {
                    var page = await source.LoadDependentsAsync(trigger.Entity, trigger.EntityId, after, cancellationToken);
                    foreach (var (owner, documents) in page.ByOwner)
                    {
                        byOwner[owner] = documents;
                    }

                    if (byOwner.Count >= BatchSize)
                    {
                        await index.ApplyAsync(byOwner, safeSeq, cancellationToken);
                        byOwner = new Dictionary<string, IReadOnlyList<SearchDocument>>(StringComparer.Ordinal);
                    }

                    after = page.Next;
                }
                while (after is not null);
            }
        }

        return byOwner;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Search: the index could not be opened; search is unavailable on this node")]
    private static partial void LogStartFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: the start-up rebuild failed; filling the index from the whole change feed instead")]
    private static partial void LogRebuildFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: applying the change feed after seq {Seq} failed; retrying")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception, long seq);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SisterCities.Cms.Data;

/// <summary>
/// Polls the change feed and hands new rows to every <see cref="IChangeFeedListener"/>. Each node runs its
/// own follower, so caches on every node of a cluster follow the same feed.
/// </summary>
public sealed partial class ChangeFeedFollower(
    IServiceScopeFactory scopes,
    IEnumerable<IChangeFeedListener> listeners,
    TimeProvider clock,
    ILogger<ChangeFeedFollower> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private const int BatchSize = 500;

    private long _position;

    /// <summary>The last sequence number handed to listeners (for tests and health checks).</summary>
    public long Position => Interlocked.Read(ref _position);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Take the head before the server accepts requests, so nothing written after a cache is first
        // filled can slip past the listeners.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            Interlocked.Exchange(ref _position, await ChangeFeedReader.LatestSeqAsync(db, cancellationToken));
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listenerList = listeners.ToList();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOnceAsync(listenerList, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogPollFailed(logger, e);
            }

            await Task.Delay(PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task PollOnceAsync(List<IChangeFeedListener> listenerList, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        while (true)
        {
            var batch = await ChangeFeedReader.ReadAfterAsync(db, _position, BatchSize, clock.GetUtcNow(), cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var listener in listenerList)
            {
                await listener.OnChangesAsync(batch, cancellationToken);
            }

            Interlocked.Exchange(ref _position, batch[^1].Seq);
            if (batch.Count < BatchSize)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the change feed failed; retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// Every <see cref="Interval"/> (and once right at start, which catches up on anything missed while down)
/// the node holding the <c>scheduled-publishing</c> lease runs the due schedule entries.
/// </summary>
public sealed partial class ScheduledPublishingService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    public const string JobName = "scheduled-publishing";

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>This node's name in the lease table.</summary>
    public string NodeId { get; } = NewNodeId();

    /// <summary>One round: take the lease, run what is due. Public so tests can drive it with a fake clock.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // The timer and a caller (a test, an admin button) must not run two rounds of this node at once.
        await _round.WaitAsync(cancellationToken);
        try
        {
            return await RunRoundAsync(cancellationToken);
        }
        finally
        {
            _round.Release();
        }
    }

    private async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<JobLeases>();
        if (!await leases.TryAcquireAsync(JobName, NodeId, Interval * 4, cancellationToken))
        {
            return 0;
        }

        return await scope.ServiceProvider.GetRequiredService<PublishingSchedule>().RunDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            await RunForeverAsync(timer, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping (the host, or only this service): a normal end, not a failure that should stop the host.
        }
    }

    private async Task RunForeverAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                var ran = await RunOnceAsync(stoppingToken);
                if (ran > 0)
                {
                    LogRan(logger, ran);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal static string NewNodeId()
    {
        var id = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return id.Length > 128 ? id[^128..] : id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled publishing ran {Count} due entries.")]
    private static partial void LogRan(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing round failed; it is retried next round.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>Runs the outbox whenever an entry arrives (or every poll interval) and the retention sweep on its own schedule.</summary>
public sealed class FormBackgroundJobs(
    FormWorkflowRunner runner,
    FormWorkflowSignal signal,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<FormsOptions> options,
    ILogger<FormBackgroundJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.RunBackgroundJobs)
        {
            return;
        }

        var nextSweep = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunDueJobsAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextSweep)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<EntryRetention>().DeleteExpiredAsync(stoppingToken);
                    nextSweep = clock.GetUtcNow().AddMinutes(o.RetentionSweepMinutes);
                }

                await signal.WaitAsync(TimeSpan.FromSeconds(o.WorkflowPollSeconds), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A database hiccup must not stop the outbox for good; the next round retries.
                logger.LogError(e, "Form background jobs failed; retrying after the poll interval");
                await Task.Delay(TimeSpan.FromSeconds(o.WorkflowPollSeconds), clock, stoppingToken);
            }
        }
    }
}

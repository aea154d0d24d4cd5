using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>
/// Runs due outbox jobs. Each job is claimed with a conditional update (a lease), so nodes never run one twice at once;
/// a failed attempt is logged and retried with exponential backoff until <see cref="FormsOptions.WorkflowMaxAttempts"/>.
/// The entry is never touched by a failure.
/// </summary>
public sealed class FormWorkflowRunner(IServiceScopeFactory scopes, TimeProvider clock, IOptions<FormsOptions> options, ILogger<FormWorkflowRunner> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(6);

    /// <summary>Runs every job due now; returns how many attempts were made.</summary>
    public async Task<int> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var attempts = 0;
        while (true)
        {
            List<long> due;
            var now = clock.GetUtcNow();
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                due = await DueJobs(db, now).OrderBy(j => j.Id).Select(j => j.Id).Take(20).ToListAsync(cancellationToken);
            }

            var ran = 0;
            foreach (var id in due)
            {
                if (await TryRunAsync(id, cancellationToken))
                {
                    ran++;
                }
            }

            attempts += ran;
            if (due.Count < 20 || ran == 0)
            {
                return attempts;
            }
        }
    }

    /// <summary>When the next attempt after <paramref name="attempts"/> failures may run: 30 s, 1 min, 2 min, … up to 6 h.</summary>
    public static TimeSpan Backoff(int attempts, TimeSpan first)
    {
        var seconds = first.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }

    private static IQueryable<FormWorkflowJob> DueJobs(CmsDbContext db, DateTimeOffset now) =>
        db.Set<FormWorkflowJob>().Where(j => j.State == WorkflowJobState.Pending && j.NextAttemptAt <= now && (j.LockedUntil == null || j.LockedUntil < now));

    private async Task<bool> TryRunAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = clock.GetUtcNow();
        var claimed = await DueJobs(db, now).Where(j => j.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockedUntil, now + Lease), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var job = await db.Set<FormWorkflowJob>().SingleAsync(j => j.Id == id, cancellationToken);
        var entry = await db.Set<FormEntry>().AsNoTracking().SingleAsync(e => e.Id == job.EntryId, cancellationToken);
        var form = await db.Set<FormDefinition>().AsNoTracking().SingleAsync(f => f.Id == entry.FormId, cancellationToken);
        var version = await db.Set<FormVersion>().AsNoTracking().SingleAsync(v => v.FormId == form.Id && v.Number == entry.FormVersion, cancellationToken);
        var values = EntryValues.Deserialize(entry.Values);
        var workflow = scope.ServiceProvider.GetServices<IFormWorkflow>().Single(w => w.Kind == job.Kind);
        var context = new WorkflowContext(job, entry, form, version.Schema, values);

        var transaction = workflow.WritesOnlyToDatabase ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            WorkflowResult result;
            try
            {
                result = await workflow.RunAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Workflow {Kind} of entry {Entry} failed", job.Kind, entry.Id);
                result = WorkflowResult.TryAgain(e.GetType().Name + ": " + e.Message);
                if (transaction is not null)
                {
                    // Nothing the workflow wrote survives; only the attempt is recorded.
                    await transaction.RollbackAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    transaction = null;
                    db.ChangeTracker.Clear();
                    db.Attach(job);
                }
            }

            Record(db, job, result, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return true;
    }

    private void Record(CmsDbContext db, FormWorkflowJob job, WorkflowResult result, DateTimeOffset now)
    {
        job.Attempts++;
        job.LockedUntil = null;
        job.LastError = result.Succeeded ? null : Truncate(result.Message);
        if (result.Succeeded)
        {
            job.State = WorkflowJobState.Done;
            job.CompletedAt = now;
        }
        else if (!result.Retry || job.Attempts >= options.Value.WorkflowMaxAttempts)
        {
            job.State = WorkflowJobState.Failed;
            job.CompletedAt = now;
        }
        else
        {
            job.NextAttemptAt = now + Backoff(job.Attempts, TimeSpan.FromSeconds(options.Value.WorkflowFirstRetrySeconds));
        }

        db.Add(new FormWorkflowAttempt
        {
            JobId = job.Id,
            EntryId = job.EntryId,
            Kind = job.Kind,
            Number = job.Attempts,
            Succeeded = result.Succeeded,
            Message = Truncate(result.Message),
            At = now,
        });
    }

    private static string Truncate(string message) => message.Length > 2000 ? message[..2000] : message;
}

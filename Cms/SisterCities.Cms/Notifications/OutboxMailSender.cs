using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Notifications;

/// <summary>
/// Sends the mail outbox. A failed message is retried with growing delays (1, 2, 4 … minutes, at most an hour)
/// up to <see cref="MaxAttempts"/>; its last error stays on the row for the admin to see. One node sends (lease).
/// </summary>
public sealed partial class OutboxMailSender(
    IServiceScopeFactory scopes, IMailTransport transport, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<OutboxMailSender> logger)
    : BackgroundService
{
    public const string JobName = "mail-outbox";
    public const int MaxAttempts = 10;

    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly string _nodeId = ScheduledPublishingService.NewNodeId();
    private readonly SemaphoreSlim _round = new(1, 1);

    /// <summary>Sends what is due; returns how many were sent. Public so tests drive it with a fake clock.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
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
        if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(JobName, _nodeId, Interval * 4, cancellationToken))
        {
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMail>()
            .Where(m => m.SentAt == null && m.Attempts < MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(50).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in due)
        {
            try
            {
                await transport.SendAsync(ToMime(mail), cancellationToken);
                mail.SentAt = clock.GetUtcNow();
                mail.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                mail.Attempts++;
                mail.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                mail.NextAttemptAt = clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, mail.Attempts - 1)));
                LogSendFailed(logger, mail.Id, mail.Attempts, e);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
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
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private MimeMessage ToMime(OutboxMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.MessageId = $"outbox-{mail.Id}-{mail.CreatedAt.ToUnixTimeSeconds()}@sistercities";
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} failed (attempt {Attempts}); it will be retried.")]
    private static partial void LogSendFailed(ILogger logger, long id, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail outbox round failed; retried next round.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}

using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Alerts;

/// <summary>
/// Publishing and withdrawing alerts. A site admin targets their own sites; only a network admin may target
/// all sites at once. Each change commits with its audit row(s) and its feed row, which evicts every node's board.
/// </summary>
public sealed class AlertPublisher(CmsDbContext db, AuditTrail audit, AlertBoard board, TimeProvider clock)
{
    public const int MaxMessageLength = 1000;

    public async Task<(WorkflowOutcome Outcome, Guid? Key)> PublishAsync(Editor editor, AlertRequest request, CancellationToken cancellationToken)
    {
        if (request.AllSites ? !editor.IsNetworkAdmin : request.SiteIds.Any(id => !editor.Can(id, SiteRole.SiteAdmin)))
        {
            return (WorkflowOutcome.Forbidden, null);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.MessageUk) || request.MessageUk.Length > MaxMessageLength)
        {
            errors["messageUk"] = [$"A Ukrainian message of at most {MaxMessageLength} characters is required."];
        }

        if (request.MessageEn is { Length: > MaxMessageLength })
        {
            errors["messageEn"] = [$"The English message can be at most {MaxMessageLength} characters."];
        }

        var now = clock.GetUtcNow();
        if (request.ExpiresAt <= now || request.ExpiresAt > now.AddDays(31))
        {
            errors["expiresAt"] = ["The expiry must be in the future and within 31 days."];
        }

        if (!request.AllSites && request.SiteIds.Count == 0)
        {
            errors["sites"] = ["Choose at least one site."];
        }

        if (errors.Count > 0)
        {
            return (WorkflowOutcome.Invalid("Some fields need attention.", errors), null);
        }

        var existing = await db.Set<Sites.Site>().Where(s => request.SiteIds.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var alert = new EmergencyAlert
        {
            Key = Guid.NewGuid(),
            Severity = request.Severity,
            MessageUk = request.MessageUk.Trim(),
            MessageEn = request.MessageEn?.Trim() ?? "",
            AllSites = request.AllSites,
            Sites = request.AllSites ? [] : existing.Distinct().Select(id => new EmergencyAlertSite { SiteId = id }).ToList(),
            CreatedAt = now,
            ExpiresAt = request.ExpiresAt.ToUniversalTime(),
            CreatedById = editor.Id,
            CreatedByName = editor.Name,
        };
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(alert);
        foreach (var siteId in request.AllSites ? [null] : alert.Sites.Select(s => (int?)s.SiteId))
        {
            audit.Record(siteId, editor, AuditActions.AlertPublished, alert.Key.ToString(), detail: $"{alert.Severity}: {alert.MessageUk}");
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        board.Invalidate();
        return (WorkflowOutcome.Done, alert.Key);
    }

    public async Task<WorkflowOutcome> WithdrawAsync(Editor editor, Guid key, CancellationToken cancellationToken)
    {
        var alert = await db.Set<EmergencyAlert>().Include(a => a.Sites).SingleOrDefaultAsync(a => a.Key == key, cancellationToken);
        if (alert is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (alert.AllSites ? !editor.IsNetworkAdmin : alert.Sites.Any(s => !editor.Can(s.SiteId, SiteRole.SiteAdmin)))
        {
            return WorkflowOutcome.Forbidden;
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        alert.WithdrawnAt = clock.GetUtcNow();
        foreach (var siteId in alert.AllSites ? [null] : alert.Sites.Select(s => (int?)s.SiteId))
        {
            audit.Record(siteId, editor, AuditActions.AlertWithdrawn, alert.Key.ToString());
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        board.Invalidate();
        return WorkflowOutcome.Done;
    }
}

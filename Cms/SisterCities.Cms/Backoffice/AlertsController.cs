using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Alerts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>Emergency alerts: site admins for their sites, network admins for several or all sites.</summary>
[Route("backoffice/alerts")]
public sealed class AlertsController(CmsDbContext db, SiteDirectory sites, AlertPublisher publisher, TimeProvider clock) : BackofficeController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => await ShowAsync(new Dictionary<string, string[]>(), StatusCodes.Status200OK, cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Publish(
        AlertSeverity severity, string? messageUk, string? messageEn, string? expires, bool allSites, int[]? siteIds, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParse(expires, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return await ShowAsync(new Dictionary<string, string[]> { ["expiresAt"] = ["Enter when the alert ends (Kyiv time)."] }, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        var (outcome, _) = await publisher.PublishAsync(Me, new AlertRequest(severity, messageUk ?? "", messageEn, KyivTime.FromKyivWallClock(local), allSites, siteIds ?? []), cancellationToken);
        return outcome.Status switch
        {
            WorkflowStatus.Done => Redirect("/backoffice/alerts"),
            WorkflowStatus.Invalid => await ShowAsync(outcome.Errors ?? new Dictionary<string, string[]>(), StatusCodes.Status422UnprocessableEntity, cancellationToken),
            _ => Refused(outcome),
        };
    }

    [HttpPost("{key:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid key, CancellationToken cancellationToken)
    {
        var outcome = await publisher.WithdrawAsync(Me, key, cancellationToken);
        return outcome.Succeeded ? Redirect("/backoffice/alerts") : Refused(outcome);
    }

    private async Task<IActionResult> ShowAsync(IReadOnlyDictionary<string, string[]> errors, int status, CancellationToken cancellationToken)
    {
        var mine = (await sites.AllAsync(cancellationToken)).Where(s => Me.Can(s.Id, SiteRole.SiteAdmin)).ToList();
        if (mine.Count == 0)
        {
            return Forbidden();
        }

        var ids = mine.Select(s => s.Id).ToList();
        var now = clock.GetUtcNow();
        var active = await db.Set<EmergencyAlert>().AsNoTracking().Include(a => a.Sites)
            .Where(a => a.WithdrawnAt == null && a.ExpiresAt > now && (a.AllSites || a.Sites.Any(s => ids.Contains(s.SiteId))))
            .OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
        return Page("Alerts", new AlertsModel(mine, Me.IsNetworkAdmin, active, errors), status);
    }
}

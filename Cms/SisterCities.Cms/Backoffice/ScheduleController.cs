using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>Scheduling publish/unpublish. Editors enter Kyiv wall-clock time; it is stored as UTC.</summary>
[Route("backoffice")]
public sealed class ScheduleController(PublishingSchedule schedule) : BackofficeController
{
    [HttpPost("content/{key:guid}/schedule")]
    public async Task<IActionResult> Schedule(Guid key, string culture, string? action, string? due, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParse(due, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Refused(WorkflowOutcome.Invalid("Enter a date and time.", new Dictionary<string, string[]> { ["due"] = ["Enter a date and time (Kyiv time)."] }));
        }

        var outcome = await schedule.ScheduleAsync(Me, key, culture, action ?? "", KyivTime.FromKyivWallClock(local), cancellationToken);
        return outcome.Succeeded ? Redirect($"/backoffice/content/{key}?culture={Uri.EscapeDataString(culture)}") : Refused(outcome);
    }

    [HttpPost("schedule/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, string? returnTo, CancellationToken cancellationToken)
    {
        var outcome = await schedule.CancelAsync(Me, id, cancellationToken);
        if (!outcome.Succeeded)
        {
            return Refused(outcome);
        }

        return Url.IsLocalUrl(returnTo) && returnTo.StartsWith(BackofficeServices.PathPrefix, StringComparison.Ordinal) ? Redirect(returnTo) : Redirect(BackofficeServices.PathPrefix);
    }
}

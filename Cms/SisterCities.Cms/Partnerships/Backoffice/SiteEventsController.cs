using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// Events a site hosts: times typed and shown in Kyiv time, stored in UTC; each save bumps the iCalendar SEQUENCE.
/// Cancelling asks first (a plain page with a POST form, no script needed) and is for the site's Editors and
/// SiteAdmins and network admins, like every route here.
/// </summary>
[Route("backoffice/sites/{siteKey}/events")]
public sealed class SiteEventsController(CmsDbContext db, SiteDirectory sites, EventEditing editing, PartnershipChoices choices) : SiteScopedController(sites)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var events = await db.Set<NetworkEvent>().AsNoTracking().Where(e => e.HostSiteId == site.Id)
            .OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return Screen("Events", new EventListModel(site, events));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var form = new EditForm();
        form.Set("placeSiteId", site.Id);
        return Screen("Event", await choices.EventFormAsync(site, null, form, false, cancellationToken));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var (created, form) = await editing.CreateAsync(site.Id, Request.Form, Me, cancellationToken);
        return created is not null
            ? Redirect($"/backoffice/sites/{site.Key}/events/{created.Key}?saved=true")
            : Screen("Event", await choices.EventFormAsync(site, null, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(string siteKey, Guid key, bool saved, CancellationToken cancellationToken)
    {
        var (site, e, refusal) = await EventAsync(siteKey, key, tracked: false, cancellationToken);
        return e is null ? refusal! : Screen("Event", await choices.EventFormAsync(site, e, EventFormFields.From(e), saved, cancellationToken));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, e, refusal) = await EventAsync(siteKey, key, tracked: true, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        var (done, form) = await editing.SaveAsync(e, Request.Form, Me, cancellationToken);
        return done
            ? Redirect($"/backoffice/sites/{site!.Key}/events/{e.Key}?saved=true")
            : Screen("Event", await choices.EventFormAsync(site, e, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}/cancel")]
    public async Task<IActionResult> ConfirmCancel(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, e, refusal) = await EventAsync(siteKey, key, tracked: false, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        return e.CancelledAt is not null ? Redirect($"/backoffice/sites/{site!.Key}/events/{e.Key}") : Screen("CancelEvent", new EventCancelModel(site, e));
    }

    /// <summary>Cancels the event (a second post finds it cancelled and changes nothing) and shows it, marked cancelled.</summary>
    [HttpPost("{key:guid}/cancel")]
    public async Task<IActionResult> Cancel(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, e, refusal) = await EventAsync(siteKey, key, tracked: true, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        var form = EditForm.From(Request.Form);
        var errors = await editing.CancelAsync(e, form.Value("reason"), Me, cancellationToken);
        if (errors.Count > 0)
        {
            form.AddErrors(errors);
            return Screen("CancelEvent", new EventCancelModel(site, e) { Form = form }, StatusCodes.Status422UnprocessableEntity);
        }

        return Redirect($"/backoffice/sites/{site!.Key}/events/{e.Key}");
    }

    private Task<(SiteSummary? Site, NetworkEvent? Event, IActionResult? Refusal)> EventAsync(string siteKey, Guid key, bool tracked, CancellationToken cancellationToken) =>
        SiteRecordAsync(siteKey, site => (tracked ? db.Set<NetworkEvent>() : db.Set<NetworkEvent>().AsNoTracking())
            .SingleOrDefaultAsync(x => x.Key == key && x.HostSiteId == site.Id, cancellationToken), cancellationToken);
}

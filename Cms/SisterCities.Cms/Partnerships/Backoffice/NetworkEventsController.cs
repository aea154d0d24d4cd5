using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// Network-wide events (no host site, organised by the hub, e.g. a world tour promoting Ukrainian businesses): the
/// same editor and rules as a site's events, for network admins only — a site admin gets 403 on every route.
/// </summary>
[Route(Root)]
public sealed class NetworkEventsController(CmsDbContext db, SiteDirectory sites, EventEditing editing, PartnershipChoices choices) : SiteScopedController(sites)
{
    public const string Root = "backoffice/network/events";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        var events = await db.Set<NetworkEvent>().AsNoTracking().Where(e => e.HostSiteId == null)
            .OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return Screen("Events", new EventListModel(null, events));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        Me.IsNetworkAdmin ? Screen("Event", await choices.EventFormAsync(null, null, new EditForm(), false, cancellationToken)) : Forbidden();

    [HttpPost("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return Forbidden();
        }

        var (created, form) = await editing.CreateAsync(null, Request.Form, Me, cancellationToken);
        return created is not null
            ? Redirect($"/{Root}/{created.Key}?saved=true")
            : Screen("Event", await choices.EventFormAsync(null, null, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(Guid key, bool saved, CancellationToken cancellationToken)
    {
        var (e, refusal) = await NetworkEventAsync(key, tracked: false, cancellationToken);
        return e is null ? refusal! : Screen("Event", await choices.EventFormAsync(null, e, EventFormFields.From(e), saved, cancellationToken));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(Guid key, CancellationToken cancellationToken)
    {
        var (e, refusal) = await NetworkEventAsync(key, tracked: true, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        var (done, form) = await editing.SaveAsync(e, Request.Form, Me, cancellationToken);
        return done
            ? Redirect($"/{Root}/{e.Key}?saved=true")
            : Screen("Event", await choices.EventFormAsync(null, e, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}/cancel")]
    public async Task<IActionResult> ConfirmCancel(Guid key, CancellationToken cancellationToken)
    {
        var (e, refusal) = await NetworkEventAsync(key, tracked: false, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        return e.CancelledAt is not null ? Redirect($"/{Root}/{e.Key}") : Screen("CancelEvent", new EventCancelModel(null, e));
    }

    [HttpPost("{key:guid}/cancel")]
    public async Task<IActionResult> Cancel(Guid key, CancellationToken cancellationToken)
    {
        var (e, refusal) = await NetworkEventAsync(key, tracked: true, cancellationToken);
        if (e is null)
        {
            return refusal!;
        }

        var form = EditForm.From(Request.Form);
        var errors = await editing.CancelAsync(e, form.Value("reason"), Me, cancellationToken);
        if (errors.Count > 0)
        {
            form.AddErrors(errors);
            return Screen("CancelEvent", new EventCancelModel(null, e) { Form = form }, StatusCodes.Status422UnprocessableEntity);
        }

        return Redirect($"/{Root}/{e.Key}");
    }

    /// <summary>A network-wide event for a network admin (403 for anyone else); a site's event is not found here.</summary>
    private async Task<(NetworkEvent? Event, IActionResult? Refusal)> NetworkEventAsync(Guid key, bool tracked, CancellationToken cancellationToken)
    {
        if (!Me.IsNetworkAdmin)
        {
            return (null, Forbidden());
        }

        var query = tracked ? db.Set<NetworkEvent>() : db.Set<NetworkEvent>().AsNoTracking();
        var e = await query.SingleOrDefaultAsync(x => x.Key == key && x.HostSiteId == null, cancellationToken);
        return e is null ? (null, Missing()) : (e, null);
    }
}

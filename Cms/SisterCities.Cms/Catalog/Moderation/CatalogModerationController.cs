using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Moderation;

/// <summary>
/// The catalog moderation screen in the municipal backoffice. A site admin sees the businesses of their
/// municipalities, a network admin all of them (foreign ones too); every decision goes through
/// <see cref="BusinessModeration"/>, which re-checks the rules, and the business is told by e-mail.
/// </summary>
[Route("backoffice/catalog/moderation")]
public sealed class CatalogModerationController(
    CmsDbContext db, ModerationQueue queue, BusinessModeration moderation, BusinessModerationHistory history, SiteDirectory sites, PortalMail mail) : BackofficeController
{
    public const int DecidedShown = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        MayModerateAnything() ? ModerationPage(await ModelAsync(null, new Dictionary<string, string[]>(), cancellationToken)) : Forbidden();

    [HttpPost("{key:guid}/verify")]
    public Task<IActionResult> Verify([FromRoute(Name = "key")] Guid businessId, CancellationToken cancellationToken) =>
        DecideAsync(businessId, "verified / перевірено", null, (actor, ct) => moderation.VerifyAsync(actor, businessId, ct), cancellationToken);

    [HttpPost("{key:guid}/reject")]
    public Task<IActionResult> Reject([FromRoute(Name = "key")] Guid businessId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(businessId, "rejected / відхилено", reason, (actor, ct) => moderation.RejectAsync(actor, businessId, reason, ct), cancellationToken);

    [HttpPost("{key:guid}/suspend")]
    public Task<IActionResult> Suspend([FromRoute(Name = "key")] Guid businessId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(businessId, "suspended / призупинено", reason, (actor, ct) => moderation.SuspendAsync(actor, businessId, reason, ct), cancellationToken);

    [HttpPost("{key:guid}/reinstate")]
    public Task<IActionResult> Reinstate([FromRoute(Name = "key")] Guid businessId, CancellationToken cancellationToken) =>
        DecideAsync(businessId, "reinstated / відновлено", null, (actor, ct) => moderation.ReinstateAsync(actor, businessId, ct), cancellationToken);

    [HttpPost("{key:guid}/reconsider")]
    public Task<IActionResult> Reconsider([FromRoute(Name = "key")] Guid businessId, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(businessId, "reconsidered, back in the moderators' queue / переглянуто, знову в черзі модераторів", reason,
            (actor, ct) => moderation.ReconsiderAsync(actor, businessId, reason, ct), cancellationToken);

    private bool MayModerateAnything() => Me.IsNetworkAdmin || Me.SiteRoles.Values.Any(r => r == Accounts.SiteRole.SiteAdmin);

    private async Task<IActionResult> DecideAsync(
        Guid businessId, string decision, string? reason, Func<ICatalogActor, CancellationToken, Task<CatalogResult<Business>>> move, CancellationToken cancellationToken)
    {
        var business = await db.Set<Business>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null)
        {
            return Missing();
        }

        var actor = new CatalogActor(Me);
        if (!BusinessModeration.MayModerate(actor, business.SiteId))
        {
            return Forbidden();
        }

        // Queued first so the notice is saved by the decision's own SaveChanges: both commit or neither.
        mail.Decision(business, decision, reason);
        var result = await move(actor, cancellationToken);
        if (result.Succeeded)
        {
            return ModerationPage(await ModelAsync($"{business.DisplayName}: {decision}.", new Dictionary<string, string[]>(), cancellationToken));
        }

        db.ChangeTracker.Clear();
        var status = result.Outcome switch
        {
            CatalogOutcome.Forbidden => StatusCodes.Status403Forbidden,
            CatalogOutcome.Conflict => StatusCodes.Status409Conflict,
            CatalogOutcome.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var errors = result.Errors.ToDictionary(p => p.Key == "reason" ? $"reason-{businessId:N}" : "", p => p.Value);
        return ModerationPage(await ModelAsync(null, errors, cancellationToken), status);
    }

    private IActionResult ModerationPage(ModerationModel model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View("/Catalog/Moderation/Views/Moderation.cshtml", model);
    }

    private async Task<ModerationModel> ModelAsync(string? notice, IReadOnlyDictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var actor = new CatalogActor(Me);
        var pending = await queue.PendingAsync(actor, ModerationQueue.MaxTake, cancellationToken);
        var decided = db.Set<Business>().AsNoTracking().Where(b => b.State != VerificationState.Pending);
        if (!Me.IsNetworkAdmin)
        {
            var mine = Me.SiteRoles.Where(p => p.Value == Accounts.SiteRole.SiteAdmin).Select(p => p.Key).ToList();
            decided = decided.Where(b => b.SiteId != null && mine.Contains(b.SiteId.Value));
        }

        var list = await decided.OrderByDescending(b => b.StateChangedAt).Take(DecidedShown).ToListAsync(cancellationToken);
        var siteMap = (await sites.AllAsync(cancellationToken)).ToDictionary(s => s.Id);
        var pendingIds = pending.Select(b => b.Id).ToList();
        var resubmitted = await history.LatestAsync(pendingIds, BusinessModerationHistory.Resubmitted, cancellationToken);
        var reconsidered = await history.LatestAsync(pendingIds, BusinessModerationHistory.Reconsidered, cancellationToken);
        var rejectedIds = list.Where(b => b.State == VerificationState.Rejected).Select(b => b.Id);
        var corrections = await history.CorrectionsSinceRejectionAsync(pendingIds.Concat(rejectedIds).ToList(), cancellationToken);
        return new ModerationModel(pending, list, siteMap, notice, errors) { Resubmitted = resubmitted, Reconsidered = reconsidered, Corrections = corrections };
    }
}

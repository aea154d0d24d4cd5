using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// The moderators' decisions on a business. Allowed moves: Pending → Verified or Rejected (with a reason),
/// Verified → Suspended (with a reason), Suspended → Verified (reinstate), Rejected → Pending (reconsider, with a reason).
/// Anything else is a 409 (a manager's own "submit again" after a rejection is <see cref="BusinessResubmission"/>).
/// Who may decide: a site admin of the business's municipality, or a network admin; a foreign business (no
/// municipality) only a network admin. Nobody moderates a business they manage. Every move is kept in the audit
/// log (<see cref="BusinessModerationHistory"/>).
/// </summary>
public sealed class BusinessModeration(CmsDbContext db, BusinessModerationHistory history, TimeProvider clock)
{
    public Task<CatalogResult<Business>> VerifyAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken) =>
        MoveAsync(actor, businessId, VerificationState.Verified, [VerificationState.Pending], null, BusinessModerationHistory.Verified, cancellationToken);

    public Task<CatalogResult<Business>> RejectAsync(ICatalogActor actor, Guid businessId, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(actor, businessId, VerificationState.Rejected, [VerificationState.Pending], reason ?? "", BusinessModerationHistory.Rejected, cancellationToken);

    public Task<CatalogResult<Business>> SuspendAsync(ICatalogActor actor, Guid businessId, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(actor, businessId, VerificationState.Suspended, [VerificationState.Verified], reason ?? "", BusinessModerationHistory.Suspended, cancellationToken);

    public Task<CatalogResult<Business>> ReinstateAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken) =>
        MoveAsync(actor, businessId, VerificationState.Verified, [VerificationState.Suspended], null, BusinessModerationHistory.Reinstated, cancellationToken);

    /// <summary>
    /// Puts a rejected business back in the queue (rejected by mistake, or its owner sent the missing papers), with a
    /// reason that goes to the history and to the business. Back to Pending rather than straight to Verified, so
    /// making a business public stays one decision, "verify", taken on the data as it is now.
    /// </summary>
    public Task<CatalogResult<Business>> ReconsiderAsync(ICatalogActor actor, Guid businessId, string? reason, CancellationToken cancellationToken) =>
        MoveAsync(actor, businessId, VerificationState.Pending, [VerificationState.Rejected], reason ?? "", BusinessModerationHistory.Reconsidered, cancellationToken);

    /// <summary>Whether <paramref name="actor"/> may moderate a business of this municipality (null = foreign).</summary>
    public static bool MayModerate(ICatalogActor actor, int? siteId) =>
        actor.IsNetworkAdmin || (siteId is int site && actor.IsSiteAdminOf(site));

    private async Task<CatalogResult<Business>> MoveAsync(
        ICatalogActor actor,
        Guid businessId,
        VerificationState target,
        VerificationState[] allowedFrom,
        string? reason,
        string action,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var business = await db.Set<Business>().Include(b => b.Managers).SingleOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.NotFound, "businessId", "No such business.");
        }

        if (!MayModerate(actor, business.SiteId))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Forbidden, "actor", "Only a site admin of the business's municipality or a network admin may moderate it.");
        }

        if (business.Managers.Any(m => m.UserId == actor.UserId))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Forbidden, "actor", "A manager of the business may not moderate it.");
        }

        if (!allowedFrom.Contains(business.State))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "state", $"A {business.State} business cannot become {target}.");
        }

        string? cleanReason = null;
        if (reason is not null)
        {
            var errors = new CatalogErrors();
            cleanReason = CatalogText.Block(errors, "reason", reason, CatalogText.ReasonMax, required: true);
            if (errors.Any)
            {
                return CatalogResult<Business>.Invalid(errors);
            }
        }

        var now = clock.GetUtcNow();
        business.State = target;
        business.StateReason = cleanReason;
        business.StateChangedBy = actor.UserId;
        business.StateChangedAt = now;
        business.UpdatedAt = now;
        await history.RecordAsync(actor, business, action, cleanReason, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<Business>.Ok(business);
    }
}

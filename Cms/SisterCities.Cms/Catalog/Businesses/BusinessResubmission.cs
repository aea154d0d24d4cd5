using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// "Submit again for verification": a manager of a <see cref="VerificationState.Rejected"/> business, after
/// correcting the profile, puts it back to <see cref="VerificationState.Pending"/>. The rejection stays in the
/// history (audit log), the moderators are mailed, and it is in their queue again. Only from Rejected: a suspended
/// business waits for a moderator to reinstate it, a pending or verified one has nothing to resubmit. At most once
/// per <see cref="CatalogOptions.ResubmitInterval"/> per business (counted from the history, so it holds across
/// restarts and nodes), so a rejected spammer cannot flood the moderators.
/// </summary>
public sealed class BusinessResubmission(
    CmsDbContext db, BusinessModerationHistory history, BusinessModeratorMail mail, IOptions<CatalogOptions> options, TimeProvider clock)
{
    public async Task<CatalogResult<Business>> ResubmitAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var business = await db.Set<Business>().Include(b => b.Managers).SingleOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.NotFound, "businessId", "No such business.");
        }

        if (!business.Managers.Any(m => m.UserId == actor.UserId))
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Forbidden, "actor", "Only the business's managers may submit it again.");
        }

        var refusal = business.State switch
        {
            VerificationState.Rejected => null,
            VerificationState.Suspended => "A suspended business cannot submit itself again: only a moderator can lift the suspension.",
            VerificationState.Pending => "The business is already waiting for a moderator.",
            _ => "The business is verified; there is nothing to submit.",
        };
        if (refusal is not null)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "state", refusal);
        }

        // Compare-and-set inside the transaction: of two clicks or a scripted burst arriving together, only the
        // first still finds the business rejected; the others get the 409 and mail nobody.
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var claimed = await db.Set<Business>().Where(b => b.Id == businessId && b.State == VerificationState.Rejected)
            .ExecuteUpdateAsync(u => u.SetProperty(b => b.State, VerificationState.Pending), cancellationToken);
        if (claimed == 0)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Conflict, "state", "The business is already waiting for a moderator.");
        }

        // The limit is read after the claim: a request that lost the race above gets the 409, not a 429 caused by the
        // winner's history row. Returning without committing rolls the claim back.
        var now = clock.GetUtcNow();
        var next = await NextAllowedAtAsync(businessId, cancellationToken);
        if (next > now)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.TooManyRequests, "state",
                $"The business was submitted again recently; the next time is possible after {next.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.");
        }

        var previousReason = business.StateReason;
        business.State = VerificationState.Pending;
        business.StateReason = null;
        business.StateChangedBy = actor.UserId;
        business.StateChangedAt = now;
        business.UpdatedAt = now;

        // The state, its history row and the moderators' mail commit together or not at all.
        await history.RecordAsync(actor, business, BusinessModerationHistory.Resubmitted, previousReason, cancellationToken);
        var corrections = (await history.CorrectionsSinceRejectionAsync([businessId], cancellationToken)).GetValueOrDefault(businessId) ?? [];
        await mail.ResubmittedAsync(business, previousReason, corrections.SelectMany(c => (c.Detail ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CatalogResult<Business>.Ok(business);
    }

    /// <summary>When the business may be submitted again at the earliest; null if it never was.</summary>
    public async Task<DateTimeOffset?> NextAllowedAtAsync(Guid businessId, CancellationToken cancellationToken)
    {
        var last = await history.LatestAsync(businessId, BusinessModerationHistory.Resubmitted, cancellationToken);
        return last?.OccurredAt + options.Value.ResubmitInterval;
    }
}

using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// Who may act for a business. Only an owner adds or removes managers, and a business always keeps at least
/// one owner, so it can never be orphaned by its own staff. User ids come from the identity store unchecked:
/// the accounts feature resolves an invited e-mail to an id before calling this.
/// </summary>
public sealed class BusinessTeam(CmsDbContext db, TimeProvider clock)
{
    public async Task<CatalogResult<BusinessManager>> AddAsync(
        ICatalogActor actor, Guid businessId, string userId, BusinessManagerRole role, CancellationToken cancellationToken)
    {
        var denied = await CheckOwnerAsync(actor, businessId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        if (string.IsNullOrWhiteSpace(userId) || userId.Length > 450 || !Enum.IsDefined(role))
        {
            return CatalogResult<BusinessManager>.Fail(CatalogOutcome.Invalid, "userId", "An account id and the role owner or manager.");
        }

        var existing = await db.Set<BusinessManager>().SingleOrDefaultAsync(m => m.BusinessId == businessId && m.UserId == userId, cancellationToken);
        if (existing is not null)
        {
            if (existing.Role == BusinessManagerRole.Owner && role != BusinessManagerRole.Owner && !await HasOtherOwnerAsync(businessId, userId, cancellationToken))
            {
                return CatalogResult<BusinessManager>.Fail(CatalogOutcome.Conflict, "role", "A business keeps at least one owner.");
            }

            existing.Role = role;
            await db.SaveChangesAsync(cancellationToken);
            return CatalogResult<BusinessManager>.Ok(existing);
        }

        var manager = new BusinessManager { BusinessId = businessId, UserId = userId, Role = role, AddedAt = clock.GetUtcNow() };
        db.Add(manager);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<BusinessManager>.Ok(manager);
    }

    public async Task<CatalogResult<BusinessManager>> RemoveAsync(ICatalogActor actor, Guid businessId, string userId, CancellationToken cancellationToken)
    {
        var denied = await CheckOwnerAsync(actor, businessId, cancellationToken);
        if (denied is not null)
        {
            return denied;
        }

        var manager = await db.Set<BusinessManager>().SingleOrDefaultAsync(m => m.BusinessId == businessId && m.UserId == userId, cancellationToken);
        if (manager is null)
        {
            return CatalogResult<BusinessManager>.Fail(CatalogOutcome.NotFound, "userId", "This account does not manage the business.");
        }

        if (manager.Role == BusinessManagerRole.Owner && !await HasOtherOwnerAsync(businessId, userId, cancellationToken))
        {
            return CatalogResult<BusinessManager>.Fail(CatalogOutcome.Conflict, "userId", "A business keeps at least one owner.");
        }

        db.Remove(manager);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<BusinessManager>.Ok(manager);
    }

    private Task<bool> HasOtherOwnerAsync(Guid businessId, string userId, CancellationToken cancellationToken) =>
        db.Set<BusinessManager>().AnyAsync(m => m.BusinessId == businessId && m.UserId != userId && m.Role == BusinessManagerRole.Owner, cancellationToken);

    private async Task<CatalogResult<BusinessManager>?> CheckOwnerAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await db.Set<Business>().AnyAsync(b => b.Id == businessId, cancellationToken))
        {
            return CatalogResult<BusinessManager>.Fail(CatalogOutcome.NotFound, "businessId", "No such business.");
        }

        var isOwner = await db.Set<BusinessManager>()
            .AnyAsync(m => m.BusinessId == businessId && m.UserId == actor.UserId && m.Role == BusinessManagerRole.Owner, cancellationToken);
        return isOwner ? null : CatalogResult<BusinessManager>.Fail(CatalogOutcome.Forbidden, "actor", "Only an owner of the business manages its team.");
    }
}

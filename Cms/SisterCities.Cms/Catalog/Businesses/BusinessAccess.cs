using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>The one place that answers "may this account act for this business?" for every editing service.</summary>
public sealed class BusinessAccess(CmsDbContext db)
{
    /// <summary>The business if <paramref name="actor"/> manages it; <see cref="CatalogOutcome.NotFound"/> or <see cref="CatalogOutcome.Forbidden"/> otherwise.</summary>
    public async Task<CatalogResult<Business>> ManagedAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var business = await db.Set<Business>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == businessId, cancellationToken);
        if (business is null)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.NotFound, "businessId", "No such business.");
        }

        var manages = await db.Set<BusinessManager>().AnyAsync(m => m.BusinessId == businessId && m.UserId == actor.UserId, cancellationToken);
        if (!manages)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Forbidden, "actor", "Only the business's managers may change it.");
        }

        if (business.State == VerificationState.Suspended)
        {
            return CatalogResult<Business>.Fail(CatalogOutcome.Forbidden, "state", "The business is suspended.");
        }

        return CatalogResult<Business>.Ok(business);
    }
}

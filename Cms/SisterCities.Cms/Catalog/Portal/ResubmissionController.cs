using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Catalog.Businesses;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// "Submit again for verification" on a rejected business's overview. <see cref="BusinessResubmission"/> decides
/// (state, rate limit, moderators' mail); this only checks the route's business is the account's own.
/// </summary>
[Route("business/{businessId:guid}")]
public sealed class ResubmissionController(BusinessResubmission resubmission) : PortalController
{
    [HttpPost("resubmit")]
    public async Task<IActionResult> Resubmit(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await resubmission.ResubmitAsync(Actor, businessId, cancellationToken);
        return result.Succeeded ? Redirect(PortalRoutes.Business(businessId) + "?resubmitted=1") : Refused(result);
    }
}

using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;

namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// The recipients' side of inquiries: a business's managers list the inquiries to the business and its projects and
/// mark them read or replied; a municipality's site admins do the same for their projects. Every method checks the
/// actor against the inquiry's stored recipient. Answers to cooperation offers are checked by the feature that owns
/// offers (<see cref="IOfferAnswerRouting"/>), since only it knows who the offer's owners are.
/// </summary>
public sealed class InquiryInbox(CmsDbContext db, TimeProvider clock, IEnumerable<IOfferAnswerRouting>? offerRouting = null)
{
    /// <summary>
    /// The inquiries a business receives: to the business itself, to its projects, and answers to its cooperation
    /// offers (<see cref="Inquiry.OfferId"/> naming an offer the business posted).
    /// </summary>
    public IQueryable<Inquiry> AddressedTo(Guid businessId)
    {
        var projectIds = db.Set<InvestmentProject>().Where(p => p.BusinessId == businessId).Select(p => (Guid?)p.Id);
        var offerKeys = db.Set<CooperationOffer>().Where(o => o.BusinessKey == businessId).Select(o => (Guid?)o.Key);
        return db.Set<Inquiry>().Where(i => i.BusinessId == businessId || projectIds.Contains(i.ProjectId) || offerKeys.Contains(i.OfferId));
    }

    public Task<CatalogResult<Inquiry>> MarkReadAsync(ICatalogActor actor, Guid inquiryId, CancellationToken cancellationToken) =>
        MarkAsync(actor, inquiryId, i => i.ReadAt ??= clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Back to "new", for a reader who wants to come back to it. A handled (replied) inquiry stays handled: the reply
    /// went out, and both inboxes show that mark (409).
    /// </summary>
    public Task<CatalogResult<Inquiry>> MarkUnreadAsync(ICatalogActor actor, Guid inquiryId, CancellationToken cancellationToken) =>
        MarkAsync(actor, inquiryId, i => i.RepliedAt is null, i => i.ReadAt = null, cancellationToken);

    public Task<CatalogResult<Inquiry>> MarkRepliedAsync(ICatalogActor actor, Guid inquiryId, CancellationToken cancellationToken) =>
        MarkAsync(actor, inquiryId, i =>
        {
            var now = clock.GetUtcNow();
            i.ReadAt ??= now;
            i.RepliedAt ??= now;
        }, cancellationToken);

    private Task<CatalogResult<Inquiry>> MarkAsync(ICatalogActor actor, Guid inquiryId, Action<Inquiry> change, CancellationToken cancellationToken) =>
        MarkAsync(actor, inquiryId, _ => true, change, cancellationToken);

    private async Task<CatalogResult<Inquiry>> MarkAsync(
        ICatalogActor actor, Guid inquiryId, Func<Inquiry, bool> allowed, Action<Inquiry> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var inquiry = await db.Set<Inquiry>().SingleOrDefaultAsync(i => i.Id == inquiryId, cancellationToken);
        if (inquiry is null)
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.NotFound, "inquiryId", "No such inquiry.");
        }

        if (!await MayReadAsync(actor, inquiry, cancellationToken))
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.Forbidden, "actor", "Only the recipient may handle this inquiry.");
        }

        if (!allowed(inquiry))
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.Conflict, "inquiryId", "This inquiry is handled: a handled inquiry cannot be marked unread.");
        }

        change(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        return CatalogResult<Inquiry>.Ok(inquiry);
    }

    private async Task<bool> MayReadAsync(ICatalogActor actor, Inquiry inquiry, CancellationToken cancellationToken)
    {
        if (inquiry.BusinessId is Guid businessId)
        {
            return await ManagesAsync(actor, businessId, cancellationToken);
        }

        if (inquiry.OfferId is Guid offerKey)
        {
            foreach (var routing in offerRouting ?? [])
            {
                if (await routing.MayHandleAnswersAsync(actor, offerKey, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        var project = await db.Set<InvestmentProject>().AsNoTracking()
            .Where(p => p.Id == inquiry.ProjectId).Select(p => new { p.BusinessId, p.OwnerSiteId }).SingleAsync(cancellationToken);
        return project.BusinessId is Guid owner
            ? await ManagesAsync(actor, owner, cancellationToken)
            : actor.IsNetworkAdmin || actor.IsSiteAdminOf(project.OwnerSiteId!.Value);
    }

    private Task<bool> ManagesAsync(ICatalogActor actor, Guid businessId, CancellationToken cancellationToken) =>
        db.Set<BusinessManager>().AnyAsync(m => m.BusinessId == businessId && m.UserId == actor.UserId, cancellationToken);
}

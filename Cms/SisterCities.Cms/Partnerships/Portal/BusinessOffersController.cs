using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Backoffice;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Portal;

/// <summary>
/// A business's cooperation offers and requests in the portal: list (open, draft, expired, withdrawn) with the answers
/// each received, new, edit, end today, withdraw. Every route loads the business through the stored managers and the
/// offer through the business in the route, so another business's offer is a 404 and nothing of it changes. Only a
/// verified business posts or edits; ending and withdrawing stay possible in any state, because they only take an
/// offer down.
/// </summary>
[Route("business/{businessId:guid}/offers")]
public sealed class BusinessOffersController(CmsDbContext db, OfferWriter writer, AuditTrail audit) : PortalController
{
    public const string ViewFolder = "/Partnerships/Portal/Views/";

    private static readonly Dictionary<string, string> WriterFields = new(StringComparer.Ordinal)
    {
        ["title"] = "titleUk",
        ["owner"] = "form",
        ["siteId"] = "form",
        ["offer"] = "form",
    };

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var offers = await db.Set<CooperationOffer>().AsNoTracking().Where(o => o.BusinessKey == businessId)
            .OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var keys = offers.Select(o => (Guid?)o.Key).ToList();
        var answers = await db.Set<Inquiry>().AsNoTracking().Where(i => keys.Contains(i.OfferId))
            .GroupBy(i => i.OfferId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return Screen("Offers", new BusinessOffersModel(business, offers, answers, writer.Today, OfferPosting.Refusal(business)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await PostingAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var form = new BusinessOfferForm { ExpiresOn = writer.Today.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return Screen("Offer", new BusinessOfferModel(business, null, form, writer.Today));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(Guid businessId, [FromForm] BusinessOfferForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (business, refusal) = await PostingAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var (draft, errors) = form.ToDraft(businessId);
        CooperationOffer? created = null;
        await SubmitAsync(draft, errors, async c =>
        {
            (created, var rules) = await writer.CreateAsync(draft, c);
            Audit(business, PartnershipAuditActions.OfferCreated, created);
            return rules;
        }, cancellationToken);
        return created is not null
            ? Redirect($"{PortalRoutes.Business(businessId)}/offers/{created.Key:D}?saved=true")
            : Invalid(business, null, form, errors);
    }

    [HttpGet("{offerId:guid}")]
    public async Task<IActionResult> Edit(Guid businessId, Guid offerId, bool saved, CancellationToken cancellationToken)
    {
        var (business, offer, refusal) = await OfferAsync(businessId, offerId, cancellationToken);
        return offer is null
            ? refusal!
            : Screen("Offer", new BusinessOfferModel(business!, offer, BusinessOfferForm.From(offer), writer.Today, saved ? "The offer is saved." : null));
    }

    [HttpPost("{offerId:guid}")]
    public async Task<IActionResult> Save(Guid businessId, Guid offerId, [FromForm] BusinessOfferForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (business, offer, refusal) = await OfferAsync(businessId, offerId, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        if (OfferPosting.Refusal(business!) is { } why)
        {
            return Message("Offers are for verified businesses", why, StatusCodes.Status403Forbidden);
        }

        var (draft, errors) = form.ToDraft(businessId);
        var saved = await SubmitAsync(draft, errors, async c =>
        {
            var rules = await writer.UpdateAsync(offer, draft, c);
            Audit(business!, PartnershipAuditActions.OfferSaved, rules.Count == 0 ? offer : null);
            return rules;
        }, cancellationToken);
        return saved
            ? Redirect($"{PortalRoutes.Business(businessId)}/offers/{offer.Key:D}?saved=true")
            : Invalid(business!, offer, form, errors);
    }

    [HttpPost("{offerId:guid}/expire")]
    public Task<IActionResult> Expire(Guid businessId, Guid offerId, CancellationToken cancellationToken) =>
        ChangeAsync(businessId, offerId, PartnershipAuditActions.OfferExpired, writer.ExpireAsync, cancellationToken);

    [HttpPost("{offerId:guid}/withdraw")]
    public Task<IActionResult> Withdraw(Guid businessId, Guid offerId, CancellationToken cancellationToken) =>
        ChangeAsync(businessId, offerId, PartnershipAuditActions.OfferWithdrawn, writer.WithdrawAsync, cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        Guid businessId, Guid offerId, string action, Func<CooperationOffer, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var (business, offer, refusal) = await OfferAsync(businessId, offerId, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        await FormSubmission.CommitAsync(db, async c =>
        {
            await change(offer, c);
            Audit(business!, action, offer);
        }, cancellationToken);
        return Redirect($"{PortalRoutes.Business(businessId)}/offers");
    }

    /// <summary>The managed business when it may post; otherwise a page saying why not (403) or the usual 404.</summary>
    private async Task<(Business? Business, IActionResult? Refusal)> PostingAsync(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return (null, refusal);
        }

        return OfferPosting.Refusal(business) is { } why
            ? (null, Message("Offers are for verified businesses", why, StatusCodes.Status403Forbidden))
            : (business, null);
    }

    /// <summary>The offer (tracked, for a change) if the business in the route posted it; another business's offer is a 404.</summary>
    private async Task<(Business? Business, CooperationOffer? Offer, IActionResult? Refusal)> OfferAsync(Guid businessId, Guid offerId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return (null, null, refusal);
        }

        var offer = await db.Set<CooperationOffer>().SingleOrDefaultAsync(o => o.Key == offerId && o.BusinessKey == businessId, cancellationToken);
        return offer is null
            ? (business, null, Message("Not found", "This business has no such offer.", StatusCodes.Status404NotFound))
            : (business, offer, null);
    }

    private IActionResult Invalid(Business business, CooperationOffer? offer, BusinessOfferForm form, Catalog.CatalogErrors errors)
    {
        // Nothing of a refused save may linger in the unit of work.
        db.ChangeTracker.Clear();
        form.Errors = new FormErrors(errors.ToDictionary());
        return Screen("Offer", new BusinessOfferModel(business, offer, form, writer.Today), StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>
    /// The shared form flow (<see cref="FormSubmission"/>): when the form could not be read, the writer's rules only add
    /// what the form did not report itself; otherwise the write's refusal is reported field by field.
    /// </summary>
    private Task<bool> SubmitAsync(
        OfferDraft draft, Catalog.CatalogErrors errors, Func<CancellationToken, Task<Dictionary<string, string[]>>> write, CancellationToken cancellationToken) =>
        FormSubmission.RunAsync(
            db, errors.Any, c => writer.ValidateAsync(draft, c), rules => Merge(errors, rules, onlyNewFields: true), write, rules => Merge(errors, rules), cancellationToken);

    private void Audit(Business business, string action, CooperationOffer? offer)
    {
        // Business offers belong to no site, so the row is a network-level one, like other catalog-wide changes.
        if (offer is not null)
        {
            audit.Record(null, Me, action, offer.Key.ToString(),
                detail: $"{business.DisplayName}: {offer.TitleUk} (until {offer.ExpiresOn:yyyy-MM-dd}, published: {offer.Published})");
        }
    }

    /// <summary>
    /// Adds the writer's rule errors under the form's field names. With <paramref name="onlyNewFields"/> (the form already
    /// had errors of its own) only fields without a message get one, so every mistake is reported at once but no field
    /// twice; the writer's joint title rule is then left out, the form having checked each title already.
    /// </summary>
    private static void Merge(Catalog.CatalogErrors errors, Dictionary<string, string[]> rules, bool onlyNewFields = false)
    {
        var existing = errors.ToDictionary();
        foreach (var (field, messages) in rules)
        {
            var target = WriterFields.GetValueOrDefault(field, field);
            if (onlyNewFields && (field == "title" || existing.ContainsKey(target)))
            {
                continue;
            }

            foreach (var message in messages)
            {
                errors.Add(target, message);
            }
        }
    }

    private IActionResult Screen(string name, object model, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        return View(ViewFolder + name + ".cshtml", model);
    }
}

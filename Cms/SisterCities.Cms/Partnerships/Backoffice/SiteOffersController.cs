using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>A municipality's cooperation offers and requests: create, edit, end today (expire), withdraw.</summary>
[Route("backoffice/sites/{siteKey}/offers")]
public sealed class SiteOffersController(CmsDbContext db, SiteDirectory sites, OfferWriter writer, AuditTrail audit, TimeProvider clock) : SiteScopedController(sites)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["title"] = "titleUk", ["owner"] = "titleUk", ["siteId"] = "titleUk" };

    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var offers = await db.Set<CooperationOffer>().AsNoTracking().Where(o => o.SiteId == site.Id)
            .OrderByDescending(o => o.ExpiresOn).ThenBy(o => o.Id).ToListAsync(cancellationToken);

        // One grouped query for every offer of the site, not one count per row.
        var siteOffers = db.Set<CooperationOffer>().Where(o => o.SiteId == site.Id).Select(o => (Guid?)o.Key);
        var answers = await db.Set<Inquiry>().Where(i => siteOffers.Contains(i.OfferId)).GroupBy(i => i.OfferId!.Value)
            .Select(g => new { Offer = g.Key, Total = g.Count(), Unread = g.Count(i => i.ReadAt == null) }).ToListAsync(cancellationToken);
        return Screen("Offers", new OfferListModel(
            site, offers, OfferWriter.KyivToday(clock), answers.ToDictionary(a => a.Offer, a => new AnswerCount(a.Total, a.Unread))));
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
        form.Set("direction", nameof(OfferDirection.Request));
        form.Set("expiresOn", OfferWriter.KyivToday(clock).AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return Screen("Offer", new OfferFormModel(site, null, form, false));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(site.Id, form);
        CooperationOffer? created = null;
        await FormSubmission.RunAsync(db, form, Aliases, c => writer.ValidateAsync(draft, c), async c =>
        {
            (created, var errors) = await writer.CreateAsync(draft, c);
            Audit(site.Id, PartnershipAuditActions.OfferCreated, created);
            return errors;
        }, cancellationToken);
        return created is not null
            ? Redirect($"/backoffice/sites/{site.Key}/offers/{created.Key}?saved=true")
            : Screen("Offer", new OfferFormModel(site, null, form, false), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(string siteKey, Guid key, bool saved, CancellationToken cancellationToken)
    {
        var (site, offer, refusal) = await OfferAsync(siteKey, key, tracked: false, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        var form = new EditForm();
        form.Set("direction", offer.Direction.ToString());
        form.Set("topic", offer.Topic);
        form.Set("area", offer.Area);
        form.Set("titleUk", offer.TitleUk);
        form.Set("titleEn", offer.TitleEn);
        form.Set("descriptionUk", offer.DescriptionUk);
        form.Set("descriptionEn", offer.DescriptionEn);
        form.Set("expiresOn", offer.ExpiresOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.Set("published", offer.Published ? "true" : null);
        return Screen("Offer", new OfferFormModel(site!, offer, form, saved));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, offer, refusal) = await OfferAsync(siteKey, key, tracked: true, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(site!.Id, form);
        var done = await FormSubmission.RunAsync(db, form, Aliases, c => writer.ValidateAsync(draft, c), async c =>
        {
            var errors = await writer.UpdateAsync(offer, draft, c);
            Audit(site.Id, PartnershipAuditActions.OfferSaved, errors.Count == 0 ? offer : null);
            return errors;
        }, cancellationToken, new Dictionary<string, string>(Aliases) { ["offer"] = "titleUk" });
        return done
            ? Redirect($"/backoffice/sites/{site.Key}/offers/{offer.Key}?saved=true")
            : Screen("Offer", new OfferFormModel(site, offer, form, false), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpPost("{key:guid}/expire")]
    public Task<IActionResult> Expire(string siteKey, Guid key, CancellationToken cancellationToken) =>
        ChangeAsync(siteKey, key, PartnershipAuditActions.OfferExpired, writer.ExpireAsync, cancellationToken);

    [HttpPost("{key:guid}/withdraw")]
    public Task<IActionResult> Withdraw(string siteKey, Guid key, CancellationToken cancellationToken) =>
        ChangeAsync(siteKey, key, PartnershipAuditActions.OfferWithdrawn, writer.WithdrawAsync, cancellationToken);

    private async Task<IActionResult> ChangeAsync(
        string siteKey, Guid key, string action, Func<CooperationOffer, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        var (site, offer, refusal) = await OfferAsync(siteKey, key, tracked: true, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        await FormSubmission.CommitAsync(db, async c =>
        {
            await change(offer, c);
            Audit(site!.Id, action, offer);
        }, cancellationToken);
        return Redirect($"/backoffice/sites/{site!.Key}/offers");
    }

    private Task<(SiteSummary? Site, CooperationOffer? Offer, IActionResult? Refusal)> OfferAsync(string siteKey, Guid key, bool tracked, CancellationToken cancellationToken) =>
        SiteRecordAsync(siteKey, site => (tracked ? db.Set<CooperationOffer>() : db.Set<CooperationOffer>().AsNoTracking())
            .SingleOrDefaultAsync(o => o.Key == key && o.SiteId == site.Id, cancellationToken), cancellationToken);

    private void Audit(int siteId, string action, CooperationOffer? offer)
    {
        if (offer is not null)
        {
            audit.Record(siteId, Me, action, offer.Key.ToString(), detail: $"{offer.TitleUk} (until {offer.ExpiresOn:yyyy-MM-dd}, published: {offer.Published})");
        }
    }

    private static OfferDraft Draft(int siteId, EditForm form)
    {
        if (!Enum.TryParse<OfferDirection>(form.Value("direction"), ignoreCase: false, out var direction) || !Enum.IsDefined(direction))
        {
            form.AddError("direction", "Choose offer or request.");
        }

        var expires = form.Date("expiresOn");
        if (expires is null && !form.Errors.ContainsKey("expiresOn"))
        {
            form.AddError("expiresOn", "Enter the date the offer ends.");
        }

        return new OfferDraft(
            direction, form.Value("topic"), form.Value("area"), siteId, null, form.Value("titleUk"), form.Value("titleEn"),
            form.Text("descriptionUk"), form.Text("descriptionEn"), expires ?? default, form.Flag("published"));
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Portal;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// The answers an offer of the site received (catalog inquiries with the offer's key), newest first, paged. The read
/// and replied marks are the inquiry inbox's own (<see cref="InquiryInbox"/>), and so is its check of who may set them:
/// the people the answers were mailed to. A reply goes to the sender by e-mail through the outbox, in the same save
/// as the "replied" mark and the audit row.
/// </summary>
[Route("backoffice/sites/{siteKey}/offers/{key:guid}/answers")]
public sealed class OfferAnswersController(
    CmsDbContext db, SiteDirectory sites, InquiryInbox inbox, OfferAnswerRouting routing, PortalMail mail, AuditTrail audit) : SiteScopedController(sites)
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, Guid key, int page, string? done, CancellationToken cancellationToken)
    {
        var (site, offer, refusal) = await OfferAsync(siteKey, key, cancellationToken);
        if (offer is null)
        {
            return refusal!;
        }

        var notice = done switch
        {
            "read" => "Marked as read.",
            "unread" => "Marked as unread: it counts as new again.",
            "handled" => "Marked as handled.",
            "replied" => "Your reply was sent by e-mail and the answer is marked as handled.",
            _ => null,
        };
        return Screen("OfferAnswers", await ModelAsync(site!, offer, page, notice, cancellationToken));
    }

    [HttpPost("{inquiryId:guid}/read")]
    public Task<IActionResult> MarkRead(string siteKey, Guid key, Guid inquiryId, int page, CancellationToken cancellationToken) =>
        MarkAsync(siteKey, key, inquiryId, page, PartnershipAuditActions.OfferAnswerRead, "read", inbox.MarkReadAsync, cancellationToken);

    /// <summary>Same people and checks as <see cref="MarkRead"/>; a handled answer stays handled (409).</summary>
    [HttpPost("{inquiryId:guid}/unread")]
    public Task<IActionResult> MarkUnread(string siteKey, Guid key, Guid inquiryId, int page, CancellationToken cancellationToken) =>
        MarkAsync(siteKey, key, inquiryId, page, PartnershipAuditActions.OfferAnswerUnread, "unread", inbox.MarkUnreadAsync, cancellationToken);

    [HttpPost("{inquiryId:guid}/handled")]
    public Task<IActionResult> MarkHandled(string siteKey, Guid key, Guid inquiryId, int page, CancellationToken cancellationToken) =>
        MarkAsync(siteKey, key, inquiryId, page, PartnershipAuditActions.OfferAnswerHandled, "handled", inbox.MarkRepliedAsync, cancellationToken);

    [HttpPost("{inquiryId:guid}/reply")]
    public async Task<IActionResult> Reply(string siteKey, Guid key, Guid inquiryId, int page, string? message, CancellationToken cancellationToken)
    {
        var (site, offer, answer, refusal) = await AnswerAsync(siteKey, key, inquiryId, cancellationToken);
        if (answer is null)
        {
            return refusal!;
        }

        var errors = new CatalogErrors();
        var text = CatalogText.Block(errors, "message", message, CatalogText.MessageMax, required: true);
        if (errors.Any)
        {
            var model = await ModelAsync(site!, offer!, page, null, cancellationToken);
            var keyed = new Dictionary<string, string[]>(StringComparer.Ordinal) { [$"reply-{inquiryId}"] = [.. errors.ToDictionary().Values.SelectMany(m => m)] };
            return Screen("OfferAnswers", model with { ReplyTo = inquiryId, Reply = message, ReplyErrors = keyed }, StatusCodes.Status422UnprocessableEntity);
        }

        // Mail and audit row are queued in the unit of work that MarkRepliedAsync saves: all three commit or none does.
        mail.Reply(answer, $"{site!.NameUk} ({site.NameEn}) · {Me.Name}", Me.Email, text!);
        audit.Record(site.Id, Me, PartnershipAuditActions.OfferAnswerReplied, answer.Id.ToString(), detail: $"offer {offer!.Key}");
        return Outcome(await inbox.MarkRepliedAsync(Actor, inquiryId, cancellationToken), site, offer, page, "replied");
    }

    private async Task<IActionResult> MarkAsync(
        string siteKey, Guid key, Guid inquiryId, int page, string action, string done,
        Func<ICatalogActor, Guid, CancellationToken, Task<CatalogResult<Inquiry>>> mark, CancellationToken cancellationToken)
    {
        var (site, offer, answer, refusal) = await AnswerAsync(siteKey, key, inquiryId, cancellationToken);
        if (answer is null)
        {
            return refusal!;
        }

        // The audit row rides on the save the inbox makes when it sets the mark.
        audit.Record(site!.Id, Me, action, answer.Id.ToString(), detail: $"offer {offer!.Key}");
        return Outcome(await mark(Actor, inquiryId, cancellationToken), site, offer, page, done);
    }

    private IActionResult Outcome(CatalogResult<Inquiry> result, SiteSummary site, CooperationOffer offer, int page, string done)
    {
        if (result.Succeeded)
        {
            return Redirect($"/backoffice/sites/{site.Key}/offers/{offer.Key}/answers?page={Math.Max(1, page)}&done={done}#a-{result.Value!.Id}");
        }

        // Nothing the refused request queued (audit row, mail) may be saved by a later save in this scope.
        db.ChangeTracker.Clear();
        return result.Outcome switch
        {
            CatalogOutcome.NotFound => Missing(),
            CatalogOutcome.Conflict => Page("Message", new MessageModel("Not possible", string.Join(" ", result.Errors.Values.SelectMany(m => m)),
                BackUrl: $"/backoffice/sites/{site.Key}/offers/{offer.Key}/answers?page={Math.Max(1, page)}"), StatusCodes.Status409Conflict),
            _ => Forbidden(),
        };
    }

    private async Task<OfferAnswersModel> ModelAsync(SiteSummary site, CooperationOffer offer, int page, string? notice, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var answers = db.Set<Inquiry>().AsNoTracking().Where(i => i.OfferId == offer.Key);
        var total = await answers.CountAsync(cancellationToken);
        var rows = await answers.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var mayHandle = await routing.MayHandleAnswersAsync(Actor, offer, cancellationToken);
        return new OfferAnswersModel(site, offer, rows, total, page, PageSize, mayHandle, notice);
    }

    private ICatalogActor Actor => new CatalogActor(Me);

    /// <summary>The offer if it belongs to the site in the address (404 otherwise) and the user edits that site (403 otherwise).</summary>
    private Task<(SiteSummary? Site, CooperationOffer? Offer, IActionResult? Refusal)> OfferAsync(string siteKey, Guid key, CancellationToken cancellationToken) =>
        SiteRecordAsync(siteKey, site => db.Set<CooperationOffer>().AsNoTracking().SingleOrDefaultAsync(o => o.Key == key && o.SiteId == site.Id, cancellationToken), cancellationToken);

    /// <summary>The answer if it answers this very offer: another offer's answer is not found under this address.</summary>
    private async Task<(SiteSummary? Site, CooperationOffer? Offer, Inquiry? Answer, IActionResult? Refusal)> AnswerAsync(
        string siteKey, Guid key, Guid inquiryId, CancellationToken cancellationToken)
    {
        var (site, offer, refusal) = await OfferAsync(siteKey, key, cancellationToken);
        if (offer is null)
        {
            return (site, null, null, refusal);
        }

        var answer = await db.Set<Inquiry>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == inquiryId && i.OfferId == offer.Key, cancellationToken);
        return answer is null ? (site, offer, null, Missing()) : (site, offer, answer, null);
    }
}

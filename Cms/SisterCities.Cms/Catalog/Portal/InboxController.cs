using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Inquiries to the business and its projects: listed 20 a page with their read/replied state, opened (which marks them read)
/// and answered. A reply goes to the sender by e-mail through the outbox, in the same save that marks it replied.
/// </summary>
[Route("business/{businessId:guid}/inbox")]
public sealed class InboxController(CmsDbContext db, InquiryInbox inbox, InboxPages pages, PortalMail mail) : PortalController
{
    public const int MaxReplyLength = CatalogText.MessageMax;

    /// <summary>A page of the inbox, newest first; <c>unread=true</c> lists only the inquiries nobody has opened yet.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid businessId, string? page, bool unread, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        if (!int.TryParse(page ?? "1", System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return Message("Not a page", "The page number must be a whole number from 1.", StatusCodes.Status400BadRequest);
        }

        var listing = await pages.LoadAsync(Me.Id, businessId, number, unread, cancellationToken);
        return listing.OutOfRange
            ? Message("No such page", $"This inbox has {listing.PageCount} page(s).", StatusCodes.Status404NotFound)
            : Page("Inbox", new InboxModel(business, listing));
    }

    /// <summary>
    /// Back to "new" for a manager who wants to come back to it later. Answers with the inbox's first page rather than
    /// the inquiry, since opening the inquiry marks it read again. A replied (handled) inquiry stays handled (409).
    /// </summary>
    [HttpPost("{inquiryId:guid}/unread")]
    public async Task<IActionResult> MarkUnread(Guid businessId, Guid inquiryId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        if (!await inbox.AddressedTo(businessId).AnyAsync(i => i.Id == inquiryId, cancellationToken))
        {
            return Message("Not found", "This inbox has no such inquiry.", StatusCodes.Status404NotFound);
        }

        var unread = await inbox.MarkUnreadAsync(Actor, inquiryId, cancellationToken);
        if (!unread.Succeeded)
        {
            return Refused(unread);
        }

        var listing = await pages.LoadAsync(Me.Id, businessId, 1, unreadOnly: false, cancellationToken);
        return Page("Inbox", new InboxModel(business, listing, $"“{unread.Value!.Subject}” is marked as unread: it counts as new again."));
    }

    [HttpGet("{inquiryId:guid}")]
    public async Task<IActionResult> Open(Guid businessId, Guid inquiryId, CancellationToken cancellationToken)
    {
        var (business, inquiry, refusal) = await InquiryAsync(businessId, inquiryId, cancellationToken);
        return inquiry is null ? refusal! : Page("Inquiry", new InquiryModel(business!, inquiry, null, FormErrors.None));
    }

    [HttpPost("{inquiryId:guid}/reply")]
    public async Task<IActionResult> Reply(Guid businessId, Guid inquiryId, string? message, CancellationToken cancellationToken)
    {
        var (business, inquiry, refusal) = await InquiryAsync(businessId, inquiryId, cancellationToken);
        if (inquiry is null)
        {
            return refusal!;
        }

        var errors = new CatalogErrors();
        var text = CatalogText.Block(errors, "message", message, MaxReplyLength, required: true);
        if (business!.State == VerificationState.Suspended)
        {
            errors.Add("message", "A suspended business cannot send replies.");
        }

        if (errors.Any)
        {
            return Page("Inquiry", new InquiryModel(business, inquiry, message, new FormErrors(errors.ToDictionary())), StatusCodes.Status422UnprocessableEntity);
        }

        // Queued in the same unit of work as the "replied" mark: both are saved by MarkRepliedAsync or neither.
        mail.Reply(inquiry, business, text!);
        var replied = await inbox.MarkRepliedAsync(Actor, inquiryId, cancellationToken);
        if (!replied.Succeeded)
        {
            db.ChangeTracker.Clear();
            return Refused(replied);
        }

        return Page("Inquiry", new InquiryModel(business, replied.Value!, null, FormErrors.None, $"Your reply was sent to {inquiry.FromEmail}."));
    }

    /// <summary>The inquiry if it is addressed to the business in the route (or one of its projects); marks it read.</summary>
    private async Task<(Business? Business, Inquiry? Inquiry, IActionResult? Refusal)> InquiryAsync(Guid businessId, Guid inquiryId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return (null, null, refusal);
        }

        var belongs = await inbox.AddressedTo(businessId).AnyAsync(i => i.Id == inquiryId, cancellationToken);
        if (!belongs)
        {
            return (business, null, Message("Not found", "This inbox has no such inquiry.", StatusCodes.Status404NotFound));
        }

        var read = await inbox.MarkReadAsync(Actor, inquiryId, cancellationToken);
        return read.Succeeded ? (business, read.Value, null) : (business, null, Refused(read));
    }
}

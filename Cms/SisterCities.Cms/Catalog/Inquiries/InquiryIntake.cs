using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Classification;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// Accepts an inquiry from the public to a verified business or a public project: checks consent, the honeypot,
/// the fields, and the per-sender and per-IP limits (counted in the inquiries table over a sliding window, so they
/// hold across restarts and nodes), stores it, then hands a notice to <see cref="ICatalogMail"/>.
/// Unverified, rejected and suspended businesses and non-public projects do not exist for the public: 404.
/// </summary>
public sealed class InquiryIntake(
    CmsDbContext db,
    SenderIpHasher ipHasher,
    ICatalogMail mail,
    IOptions<CatalogOptions> options,
    TimeProvider clock,
    IEnumerable<IOfferAnswerRouting>? offerRouting = null)
{
    public async Task<CatalogResult<Inquiry>> SubmitAsync(InquiryRequest request, string? senderIp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!string.IsNullOrEmpty(request.Honeypot))
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.Invalid, "form", "The form could not be accepted.");
        }

        var errors = new CatalogErrors();
        var consentText = CatalogText.Block(errors, "consentText", request.ConsentText, CatalogText.ReasonMax, required: true);
        if (!request.ConsentGiven)
        {
            errors.Add("consentGiven", "Consent to pass your message and address to the recipient is required.");
        }

        var fromName = CatalogText.Line(errors, "fromName", request.FromName, CatalogText.NameMax, required: true);
        var fromEmail = CatalogText.Line(errors, "fromEmail", request.FromEmail, CatalogText.EmailMax, required: true)?.ToLowerInvariant();
        if (fromEmail is not null && !CatalogText.IsEmail(fromEmail))
        {
            errors.Add("fromEmail", "An e-mail address.");
        }

        var organisation = CatalogText.Line(errors, "fromOrganisation", request.FromOrganisation, CatalogText.NameMax);
        var country = IsoCountries.Normalize(request.FromCountry);
        if (!string.IsNullOrEmpty(country) && !IsoCountries.IsValid(country))
        {
            errors.Add("fromCountry", "An ISO 3166-1 alpha-2 country code.");
        }

        var subject = CatalogText.Line(errors, "subject", request.Subject, CatalogText.NameMax, required: true);
        var message = CatalogText.Block(errors, "message", request.Message, CatalogText.MessageMax, required: true);
        if (new[] { request.BusinessId, request.ProjectId, request.OfferId }.Count(t => t is not null) != 1)
        {
            errors.Add("target", "Send the inquiry to one business, one project or one offer.");
        }

        if (errors.Any)
        {
            return CatalogResult<Inquiry>.Invalid(errors);
        }

        var offers = request.OfferId is null ? null : offerRouting?.FirstOrDefault();
        var recipient = request.OfferId is { } offerKey
            ? (offers is not null && await offers.OpenOfferTitleAsync(offerKey, cancellationToken) is { } title ? new Recipient("", [], title) : null)
            : await FindRecipientAsync(request, cancellationToken);
        if (recipient is null)
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.NotFound, "target", "No such business or project in the public catalog.");
        }

        var now = clock.GetUtcNow();
        var since = now - options.Value.InquiryWindow;
        var ipHash = ipHasher.Hash(senderIp);
        var inquiries = db.Set<Inquiry>().Where(i => i.CreatedAt > since);
        if (await inquiries.CountAsync(i => i.FromEmail == fromEmail, cancellationToken) >= options.Value.InquiriesPerEmail
            || await inquiries.CountAsync(i => i.SenderIpHash == ipHash, cancellationToken) >= options.Value.InquiriesPerIp)
        {
            return CatalogResult<Inquiry>.Fail(CatalogOutcome.TooManyRequests, "form", "Too many inquiries; please try again later.");
        }

        var inquiry = new Inquiry
        {
            Id = Guid.NewGuid(),
            BusinessId = request.BusinessId,
            ProjectId = request.ProjectId,
            OfferId = request.OfferId,
            FromName = fromName!,
            FromEmail = fromEmail!,
            FromOrganisation = organisation,
            FromCountry = string.IsNullOrEmpty(country) ? null : country,
            Subject = subject!,
            Message = message!,
            ConsentText = consentText!,
            ConsentedAt = now,
            SenderIpHash = ipHash,
            CreatedAt = now,
        };
        db.Add(inquiry);
        if (offers is not null)
        {
            // Offer answers go to the owners through the mail outbox, in the same commit as the answer.
            await offers.QueueNoticesAsync(inquiry, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return CatalogResult<Inquiry>.Ok(inquiry);
        }

        await db.SaveChangesAsync(cancellationToken);

        // After the commit: a notice about an inquiry that was rolled back must never go out.
        await mail.SendInquiryAsync(
            new InquiryNotice(inquiry.Id, recipient.Email, recipient.ManagerUserIds, recipient.Name, inquiry.FromName, inquiry.FromEmail,
                inquiry.FromOrganisation, inquiry.FromCountry, inquiry.Subject, inquiry.Message, now),
            cancellationToken);
        return CatalogResult<Inquiry>.Ok(inquiry);
    }

    private async Task<Recipient?> FindRecipientAsync(InquiryRequest request, CancellationToken cancellationToken)
    {
        Guid? businessId = request.BusinessId;
        string? projectEmail = null;
        string? projectTitle = null;
        if (request.ProjectId is Guid projectId)
        {
            var project = await db.Set<InvestmentProject>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, cancellationToken);
            if (project is null || !InvestmentProject.IsPublicStatus(project.Status))
            {
                return null;
            }

            businessId = project.BusinessId;
            projectEmail = project.Contact.Email;
            projectTitle = project.Texts.Values.Select(t => t.Title).FirstOrDefault();
            if (businessId is null)
            {
                return projectEmail is null ? null : new Recipient(projectEmail, [], projectTitle ?? "");
            }
        }

        var business = await db.Set<Business>().AsNoTracking()
            .Where(b => b.Id == businessId && b.State == VerificationState.Verified)
            .Select(b => new { b.DisplayName, b.ContactEmail, Managers = b.Managers.Select(m => m.UserId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        var email = projectEmail ?? business?.ContactEmail;
        return business is null || email is null
            ? null
            : new Recipient(email, business.Managers, projectTitle is null ? business.DisplayName : $"{business.DisplayName}: {projectTitle}");
    }

    private sealed record Recipient(string Email, IReadOnlyList<string> ManagerUserIds, string Name);
}

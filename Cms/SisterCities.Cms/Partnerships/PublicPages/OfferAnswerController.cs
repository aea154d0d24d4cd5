using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Catalog;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.PublicSite.Theming;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.PublicPages;

/// <summary>
/// <c>/offers/{key}</c>: an open cooperation offer and a form to answer it, without JavaScript. The answer goes through
/// the catalog's <see cref="InquiryIntake"/> (consent, honeypot, per-sender and per-IP limits), so there is one intake for
/// every message the platform routes; <see cref="OfferAnswerRouting"/> mails the offer's owners through the outbox.
/// </summary>
[AllowAnonymous]
[Route("offers/{key:guid}")]
public sealed class OfferAnswerController(OfferWriter offers, SiteDirectory sites, ThemeRegistry themes, InquiryIntake intake, ShowroomLinks showrooms, PublicSite.Landing.NetworkLanding hub) : Controller
{
    public const string ViewPath = "/Partnerships/PublicPages/Views/OfferAnswer.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Show(Guid key, string? culture, bool sent, CancellationToken cancellationToken) =>
        await PageAsync(key, culture, new Dictionary<string, string>(), new Dictionary<string, string[]>(), sent, StatusCodes.Status200OK, cancellationToken);

    [HttpPost("answer")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Answer(
        Guid key, string? culture, string? subject, string? message, string? fromName, string? fromEmail, string? fromOrganisation,
        bool consentGiven, string? website, CancellationToken cancellationToken)
    {
        var lang = culture == "en" ? "en" : "uk";
        var consent = OfferAnswerModel.ConsentFor(lang);
        var result = await intake.SubmitAsync(
            new InquiryRequest
            {
                OfferId = key,
                Subject = subject,
                Message = message,
                FromName = fromName,
                FromEmail = fromEmail,
                FromOrganisation = fromOrganisation,
                ConsentGiven = consentGiven,
                ConsentText = consent,
                Honeypot = website,
            },
            HttpContext.Connection.RemoteIpAddress?.ToString(),
            cancellationToken);
        if (result.Succeeded)
        {
            // Post/redirect/get: a reload does not send the answer twice.
            return Redirect($"/offers/{key}?culture={lang}&sent=true");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["subject"] = subject ?? "",
            ["message"] = message ?? "",
            ["fromName"] = fromName ?? "",
            ["fromEmail"] = fromEmail ?? "",
            ["fromOrganisation"] = fromOrganisation ?? "",
        };
        var status = result.Outcome switch
        {
            CatalogOutcome.NotFound => StatusCodes.Status404NotFound,
            CatalogOutcome.TooManyRequests => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return await PageAsync(key, lang, values, result.Errors, false, status, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(
        Guid key, string? culture, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string[]> errors, bool sent, int status,
        CancellationToken cancellationToken)
    {
        var offer = await offers.FindOpenAsync(key, cancellationToken);
        if (offer is null)
        {
            return NotFound();
        }

        var lang = culture == "en" ? "en" : "uk";
        var site = offer.SiteId is { } id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        var css = Url.Content(themes.Default.Asset("site.css"));
        Response.StatusCode = status;
        if (offer.BusinessKey is { } businessKey)
        {
            // A business's offer: its author is the business, linked to its public showroom.
            var author = await showrooms.FindAsync(HttpContext, businessKey, lang, cancellationToken);
            return View(ViewPath, new OfferAnswerModel(offer, author?.Name, author?.Url, lang, css, values, errors, sent)
            {
                OwnerIsBusiness = true,
                HubHomeUrl = PublicSite.Landing.NetworkLanding.HomeOf(Request, lang),
                HubMenu = hub.HubMenu(Request, lang),
            });
        }

        return View(ViewPath, new OfferAnswerModel(offer, site?.NameIn(lang), site is null ? null : $"/s/{site.Key}/", lang, css, values, errors, sent)
        {
            HubHomeUrl = PublicSite.Landing.NetworkLanding.HomeOf(Request, lang),
            HubMenu = hub.HubMenu(Request, lang),
        });
    }
}

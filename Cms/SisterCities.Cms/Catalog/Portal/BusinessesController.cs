using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Cms.Media;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The portal's start page (the business switcher), registering a business, its overview and its profile.</summary>
[Route("business")]
public sealed class BusinessesController(
    CmsDbContext db, SiteDirectory sites, BusinessRegistration registration, BusinessProfileEditing editing, BusinessIdentityCorrection identity, PortalUploads uploads)
    : PortalController
{
    [HttpGet("")]
    public IActionResult Home() => Page("Home", Chrome);

    [HttpGet("register")]
    public async Task<IActionResult> Register(CancellationToken cancellationToken) =>
        Page("Register", new RegisterModel(new BusinessForm { ContactEmail = Me.Email }, await sites.AllAsync(cancellationToken)));

    [HttpPost("register")]
    public async Task<IActionResult> Register([FromForm] BusinessForm form, CancellationToken cancellationToken)
    {
        var result = await registration.RegisterAsync(Actor, form.ToRegistration(), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(PortalRoutes.Business(result.Value!.Id));
        }

        if (result.Outcome == CatalogOutcome.TooManyRequests)
        {
            return Refused(result);
        }

        form.Errors = new FormErrors(result.Errors);
        var status = result.Outcome == CatalogOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page("Register", new RegisterModel(form, await sites.AllAsync(cancellationToken)), status);
    }

    [HttpGet("{businessId:guid}")]
    public async Task<IActionResult> Overview(Guid businessId, [FromServices] InquiryInbox inbox, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var site = business.SiteId is int id ? await sites.FindByIdAsync(id, cancellationToken) : null;
        var items = await db.Set<ShowroomItem>().CountAsync(i => i.BusinessId == businessId, cancellationToken);
        var projectIds = db.Set<InvestmentProject>().Where(p => p.BusinessId == businessId).Select(p => (Guid?)p.Id);
        var projects = await projectIds.CountAsync(cancellationToken);
        var unread = await inbox.AddressedTo(businessId).CountAsync(i => i.ReadAt == null, cancellationToken);
        return Page("Overview", new OverviewModel(business, site?.NameUk, items, projects, unread));
    }

    [HttpGet("{businessId:guid}/profile")]
    public async Task<IActionResult> Profile(Guid businessId, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        return business is null ? refusal! : Page("Profile", await ProfileModelAsync(business, BusinessForm.From(business), null, cancellationToken));
    }

    [HttpPost("{businessId:guid}/profile")]
    public async Task<IActionResult> Profile(Guid businessId, [FromForm] BusinessForm form, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var result = await editing.UpdateAsync(Actor, businessId, form.ToUpdate(business.LogoMediaKey), cancellationToken);
        if (result.Outcome is CatalogOutcome.Forbidden or CatalogOutcome.NotFound)
        {
            return Refused(result);
        }

        var shown = KeepIdentity(form, business);
        shown.Errors = new FormErrors(result.Errors);
        return result.Succeeded
            ? Page("Profile", await ProfileModelAsync(result.Value!, BusinessForm.From(result.Value!), "The profile is saved.", cancellationToken))
            : Page("Profile", await ProfileModelAsync(business, shown, null, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>Corrects the legal name and registration code of a rejected business (<see cref="BusinessIdentityCorrection"/> decides).</summary>
    [HttpPost("{businessId:guid}/identity")]
    public async Task<IActionResult> Identity(Guid businessId, [FromForm] BusinessForm form, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var update = new BusinessIdentityUpdate { LegalName = form.LegalName, Edrpou = form.Edrpou, ForeignRegistrationNumber = form.ForeignRegistrationNumber };
        var result = await identity.CorrectAsync(Actor, businessId, update, cancellationToken);
        if (result.Succeeded)
        {
            var (saved, _) = await ManagedAsync(businessId, cancellationToken);
            return Page("Profile", await ProfileModelAsync(saved!, BusinessForm.From(saved!),
                "The legal name and code are saved. Submit the business again from its overview when everything is correct.", cancellationToken));
        }

        if (result.Outcome != CatalogOutcome.Invalid && !result.Errors.ContainsKey("edrpou"))
        {
            return Refused(result);
        }

        // The profile again with what was typed in the identity form and the stored profile below it.
        var shown = BusinessForm.From(business);
        (shown.LegalName, shown.Edrpou, shown.ForeignRegistrationNumber) = (form.LegalName, form.Edrpou, form.ForeignRegistrationNumber);
        shown.Errors = new FormErrors(result.Errors);
        var status = result.Outcome == CatalogOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page("Profile", await ProfileModelAsync(business, shown, null, cancellationToken), status);
    }

    [HttpPost("{businessId:guid}/logo")]
    [PortalBodyLimit(upload: true)]
    public async Task<IActionResult> Logo(Guid businessId, IFormFile? file, string? altUk, string? altEn, CancellationToken cancellationToken)
    {
        var (business, refusal) = await ManagedAsync(businessId, cancellationToken);
        if (business is null)
        {
            return refusal!;
        }

        var (item, error) = await uploads.AddAsync(file, businessId, Me, altUk ?? business.DisplayName, altEn ?? business.DisplayName, pdfOnly: false, cancellationToken);
        if (item is not null && !item.IsImage)
        {
            error = "The logo must be an image (JPEG, PNG, WebP or GIF).";
        }

        if (error is not null)
        {
            var form = BusinessForm.From(business);
            form.Errors = new FormErrors(new Dictionary<string, string[]> { ["logo"] = [error] });
            return Page("Profile", await ProfileModelAsync(business, form, null, cancellationToken), StatusCodes.Status422UnprocessableEntity);
        }

        var update = BusinessForm.From(business).ToUpdate(item!.Key);
        var result = await editing.UpdateAsync(Actor, businessId, update, cancellationToken);
        return result.Succeeded ? Redirect(PortalRoutes.Business(businessId) + "/profile") : Refused(result);
    }

    private static BusinessForm KeepIdentity(BusinessForm form, Business business)
    {
        form.LegalName = business.LegalName;
        form.CountryCode = business.CountryCode;
        form.Edrpou = business.Edrpou;
        form.ForeignRegistrationNumber = business.ForeignRegistrationNumber;
        form.ForeignCity = business.ForeignCity;
        return form;
    }

    private async Task<RegisterModel> ProfileModelAsync(Business business, BusinessForm form, string? notice, CancellationToken cancellationToken)
    {
        string? logoUrl = null;
        if (business.LogoMediaKey is Guid logo && await db.Set<MediaItem>().AsNoTracking().SingleOrDefaultAsync(m => m.Key == logo, cancellationToken) is { } item)
        {
            logoUrl = MediaUrls.OriginalPath(item);
        }

        return new RegisterModel(form, await sites.AllAsync(cancellationToken), business.Id, logoUrl, notice, business.State);
    }
}

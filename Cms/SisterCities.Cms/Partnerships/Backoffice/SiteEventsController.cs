using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>Events a site hosts: times typed and shown in Kyiv time, stored in UTC; each save bumps the iCalendar SEQUENCE.</summary>
[Route("backoffice/sites/{siteKey}/events")]
public sealed class SiteEventsController(
    CmsDbContext db, SiteDirectory sites, EventWriter writer, AuditTrail audit, PartnershipChoices choices) : SiteScopedController(sites)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["place"] = "placeSiteId" };

    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var events = await db.Set<NetworkEvent>().AsNoTracking().Where(e => e.HostSiteId == site.Id)
            .OrderByDescending(e => e.StartsAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return Screen("Events", new EventListModel(site, events));
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
        form.Set("placeSiteId", site.Id);
        return Screen("Event", await choices.EventFormAsync(site, null, form, false, cancellationToken));
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
        if (form.Errors.Count == 0)
        {
            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            var (created, errors) = await writer.CreateAsync(draft, cancellationToken);
            if (created is not null)
            {
                await AuditAsync(site.Id, PartnershipAuditActions.EventCreated, created, transaction, cancellationToken);
                return Redirect($"/backoffice/sites/{site.Key}/events/{created.Key}?saved=1");
            }

            form.AddErrors(errors, Aliases);
        }
        else
        {
            form.AddErrorsWhereNone(await writer.ValidateAsync(draft, cancellationToken), Aliases);
        }

        return Screen("Event", await choices.EventFormAsync(site, null, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(string siteKey, Guid key, bool saved, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var e = await db.Set<NetworkEvent>().AsNoTracking().SingleOrDefaultAsync(x => x.Key == key && x.HostSiteId == site.Id, cancellationToken);
        if (e is null)
        {
            return Missing();
        }

        var form = new EditForm();
        form.Set("kind", e.Kind);
        form.Set("titleUk", e.TitleUk);
        form.Set("titleEn", e.TitleEn);
        form.Set("descriptionUk", e.DescriptionUk);
        form.Set("descriptionEn", e.DescriptionEn);
        form.Set("startsAt", FormInput.Format(e.StartsAt));
        form.Set("endsAt", FormInput.Format(e.EndsAt));
        form.Set("placeSiteId", e.PlaceSiteId);
        form.Set("placePartnerCityId", e.PlacePartnerCityId);
        form.Set("venue", e.Venue);
        form.Set("linkedSiteIds", e.LinkedSiteIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        form.Set("linkedBusinessKeys", string.Join("\n", e.LinkedBusinessKeys));
        form.Set("linkedProjectKeys", string.Join("\n", e.LinkedProjectKeys));
        form.Set("registrationUrl", e.RegistrationUrl);
        form.Set("registrationFormKey", e.RegistrationFormKey?.ToString());
        form.Set("published", e.Published ? "true" : null);
        return Screen("Event", await choices.EventFormAsync(site, e, form, saved, cancellationToken));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var e = await db.Set<NetworkEvent>().SingleOrDefaultAsync(x => x.Key == key && x.HostSiteId == site.Id, cancellationToken);
        if (e is null)
        {
            return Missing();
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(site.Id, form);
        if (form.Errors.Count == 0)
        {
            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            var errors = await writer.UpdateAsync(e, draft, cancellationToken);
            if (errors.Count == 0)
            {
                await AuditAsync(site.Id, PartnershipAuditActions.EventSaved, e, transaction, cancellationToken);
                return Redirect($"/backoffice/sites/{site.Key}/events/{e.Key}?saved=1");
            }

            form.AddErrors(errors, Aliases);
        }
        else
        {
            form.AddErrorsWhereNone(await writer.ValidateAsync(draft with { HostSiteId = e.HostSiteId }, cancellationToken), Aliases);
        }

        return Screen("Event", await choices.EventFormAsync(site, e, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    private async Task AuditAsync(int siteId, string action, NetworkEvent e, OwnedTransaction transaction, CancellationToken cancellationToken)
    {
        audit.Record(siteId, Me, action, e.Key.ToString(), detail: $"{e.TitleUk}, {Workflow.KyivTime.Format(e.StartsAt)}, sequence {e.Sequence}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The draft as typed; a time that did not parse is an error on the form and a placeholder here.</summary>
    private static EventDraft Draft(int siteId, EditForm form)
    {
        var starts = form.KyivTime("startsAt");
        var ends = form.KyivTime("endsAt");
        return new EventDraft
        {
            Kind = form.Value("kind"),
            TitleUk = form.Value("titleUk"),
            TitleEn = form.Value("titleEn"),
            DescriptionUk = form.Text("descriptionUk"),
            DescriptionEn = form.Text("descriptionEn"),
            StartsAt = starts ?? default,
            EndsAt = ends ?? default,
            HostSiteId = siteId,
            PlaceSiteId = form.Int("placeSiteId"),
            PlacePartnerCityId = form.Int("placePartnerCityId"),
            Venue = form.Text("venue"),
            LinkedSiteIds = form.Ints("linkedSiteIds"),
            LinkedBusinessKeys = form.Keys("linkedBusinessKeys"),
            LinkedProjectKeys = form.Keys("linkedProjectKeys"),
            RegistrationUrl = form.Text("registrationUrl"),
            RegistrationFormKey = form.Key("registrationFormKey"),
            Published = form.Flag("published"),
        };
    }
}

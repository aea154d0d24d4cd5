using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>A site's partnerships: list, create (with a city abroad or another site), edit. Every write goes through <see cref="PartnershipRules"/>.</summary>
[Route("backoffice/sites/{siteKey}/partnerships")]
public sealed class SitePartnershipsController(
    CmsDbContext db, SiteDirectory sites, PartnershipWriter writer, PartnershipRules rules, AuditTrail audit, PartnershipChoices choices) : SiteScopedController(sites)
{
    /// <summary>Rule errors that name no single input, moved onto the input they are about.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["partner"] = "partnerCityId", ["siteId"] = "partnerSiteId" };

    [HttpGet("")]
    public async Task<IActionResult> Index(string siteKey, CancellationToken cancellationToken)
    {
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return refusal!;
        }

        var rows = await db.Set<Partnership>().AsNoTracking().Include(p => p.PartnerCity)
            .Where(p => p.SiteId == site.Id || p.PartnerSiteId == site.Id).ToListAsync(cancellationToken);
        var list = new List<PartnershipRow>(rows.Count);
        foreach (var p in rows)
        {
            var partner = p.PartnerCity is { } city ? $"{city.NameUk ?? city.NameNative} ({city.NameEn}, {city.CountryCode})"
                : (await choices.SiteNameAsync(p.SiteId == site.Id ? p.PartnerSiteId!.Value : p.SiteId, cancellationToken));
            list.Add(new PartnershipRow(p, partner, p.SiteId == site.Id));
        }

        return Screen("Partnerships", new PartnershipListModel(site, [.. list.OrderBy(r => r.Partner, StringComparer.CurrentCulture)]));
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
        form.Set("status", nameof(PartnershipStatus.Proposed));
        return Screen("Partnership", await choices.PartnershipFormAsync(site, null, form, false, cancellationToken));
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
        Partnership? created = null;
        await FormSubmission.RunAsync(db, form, Aliases, c => rules.ValidateAsync(draft, null, c), async c =>
        {
            var result = await writer.CreateAsync(draft, c);
            created = result.Partnership;
            Audit(site.Id, PartnershipAuditActions.PartnershipCreated, created);
            return result.Errors;
        }, cancellationToken);
        return created is not null
            ? Redirect($"/backoffice/sites/{site.Key}/partnerships/{created.Key}?saved=true")
            : Screen("Partnership", await choices.PartnershipFormAsync(site, null, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(string siteKey, Guid key, bool saved, CancellationToken cancellationToken)
    {
        var (site, p, refusal) = await PartnershipAsync(siteKey, key, tracked: false, cancellationToken);
        if (p is null)
        {
            return refusal!;
        }

        var form = new EditForm();
        form.Set("partnerCityId", p.PartnerCityId);
        form.Set("partnerSiteId", p.PartnerSiteId);
        form.Set("status", p.Status.ToString());
        form.Set("sinceYear", p.SinceYear);
        form.Set("startedOn", p.StartedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.Set("endedOn", p.EndedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        form.Set("areas", p.Areas);
        form.Set("descriptionUk", p.DescriptionUk);
        form.Set("descriptionEn", p.DescriptionEn);
        form.Set("sourceUrl", p.SourceUrl);
        form.Set("agreementMediaKey", p.AgreementMediaKey?.ToString());
        form.Set("contactName", p.ContactName);
        form.Set("contactEmail", p.ContactEmail);
        form.Set("contactPhone", p.ContactPhone);
        form.Set("linkedNewsKeys", p.LinkedNewsKeys.Select(k => k.ToString()));
        return Screen("Partnership", await choices.PartnershipFormAsync(site!, p, form, saved, cancellationToken));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(string siteKey, Guid key, CancellationToken cancellationToken)
    {
        var (site, p, refusal) = await PartnershipAsync(siteKey, key, tracked: true, cancellationToken);
        if (p is null)
        {
            return refusal!;
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(site!.Id, form);
        var done = await FormSubmission.RunAsync(db, form, Aliases, c => rules.ValidateAsync(draft, p.Id, c), async c =>
        {
            var result = await writer.UpdateAsync(p, draft, c);
            Audit(site.Id, PartnershipAuditActions.PartnershipSaved, result.Succeeded ? p : null);
            return result.Errors;
        }, cancellationToken);
        return done
            ? Redirect($"/backoffice/sites/{site.Key}/partnerships/{p.Key}?saved=true")
            : Screen("Partnership", await choices.PartnershipFormAsync(site, p, form, false, cancellationToken), StatusCodes.Status422UnprocessableEntity);
    }

    private Task<(SiteSummary? Site, Partnership? Partnership, IActionResult? Refusal)> PartnershipAsync(string siteKey, Guid key, bool tracked, CancellationToken cancellationToken) =>
        SiteRecordAsync(siteKey, site => (tracked ? db.Set<Partnership>() : db.Set<Partnership>().AsNoTracking())
            .SingleOrDefaultAsync(x => x.Key == key && x.SiteId == site.Id, cancellationToken), cancellationToken);

    private void Audit(int siteId, string action, Partnership? p)
    {
        if (p is not null)
        {
            audit.Record(siteId, Me, action, p.Key.ToString(), detail: Describe(p));
        }
    }

    private static string Describe(Partnership p) =>
        $"{p.Status}; partner {(p.PartnerCityId is { } c ? $"city #{c}" : $"site #{p.PartnerSiteId}")}; areas {string.Join(",", p.Areas)}";

    private static PartnershipDraft Draft(int siteId, EditForm form)
    {
        var status = PartnershipStatus.Proposed;
        if (!Enum.TryParse(form.Value("status"), ignoreCase: false, out status) || !Enum.IsDefined(status))
        {
            form.AddError("status", "Choose a status.");
        }

        return new PartnershipDraft
        {
            SiteId = siteId,
            PartnerCityId = form.Int("partnerCityId"),
            PartnerSiteId = form.Int("partnerSiteId"),
            Status = status,
            SinceYear = form.Int("sinceYear"),
            StartedOn = form.Date("startedOn"),
            EndedOn = form.Date("endedOn"),
            Areas = form.All("areas").Where(a => a.Length > 0).ToList(),
            DescriptionUk = form.Text("descriptionUk"),
            DescriptionEn = form.Text("descriptionEn"),
            SourceUrl = form.Text("sourceUrl"),
            AgreementMediaKey = form.Key("agreementMediaKey"),
            ContactName = form.Text("contactName"),
            ContactEmail = form.Text("contactEmail"),
            ContactPhone = form.Text("contactPhone"),
            LinkedNewsKeys = form.All("linkedNewsKeys").Where(v => v.Length > 0).Select(v => Guid.TryParse(v, out var g) ? g : Guid.Empty).ToList(),
        };
    }
}

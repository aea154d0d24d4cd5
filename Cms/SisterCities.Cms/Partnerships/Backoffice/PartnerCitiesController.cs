using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// Partner cities abroad are shared by the whole network. Any Editor or SiteAdmin of a site may list and add them
/// (a new partnership needs its city); changing one is for network admins and the editors of sites partnered with it,
/// because a rename shows on every partner's page.
/// </summary>
[Route("backoffice/partner-cities")]
public sealed class PartnerCitiesController(CmsDbContext db, SiteDirectory sites, PartnerCityWriter writer, AuditTrail audit) : SiteScopedController(sites)
{
    public const int PageSize = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? country, CancellationToken cancellationToken)
    {
        if (!MayAdd)
        {
            return Forbidden();
        }

        var query = db.Set<PartnerCity>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(country))
        {
            var code = country.Trim().ToUpperInvariant();
            query = query.Where(c => c.CountryCode == code);
        }

        var cities = await query.OrderBy(c => c.CountryCode).ThenBy(c => c.NameEn).ToListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Names are few (hundreds) and in many scripts; a case-insensitive match in memory works the same on both databases.
            var term = q.Trim();
            cities = cities.Where(c => new[] { c.NameNative, c.NameEn, c.NameUk }.Any(n => n?.Contains(term, StringComparison.CurrentCultureIgnoreCase) == true)).ToList();
        }

        return Screen("PartnerCities", new PartnerCityListModel(q, country, cities.Count, cities.Take(PageSize).ToList()));
    }

    [HttpGet("new")]
    public IActionResult New() => MayAdd ? Screen("PartnerCity", new PartnerCityFormModel(null, new EditForm())) : Forbidden();

    [HttpPost("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken)
    {
        if (!MayAdd)
        {
            return Forbidden();
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(form);
        PartnerCity? city = null;
        await FormSubmission.RunAsync(db, form, null, c => writer.ValidateAsync(draft, null, c), async c =>
        {
            (city, var errors) = await writer.CreateAsync(draft, c);
            Audit(PartnershipAuditActions.PartnerCityCreated, city);
            return errors;
        }, cancellationToken);
        if (city is not null)
        {
            return Redirect($"/backoffice/partner-cities/{city.Key}?saved=true");
        }

        return Screen("PartnerCity", new PartnerCityFormModel(null, form), StatusCodes.Status422UnprocessableEntity);
    }

    [HttpGet("{key:guid}")]
    public async Task<IActionResult> Edit(Guid key, bool saved, CancellationToken cancellationToken)
    {
        var city = await db.Set<PartnerCity>().AsNoTracking().SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (city is null)
        {
            return Missing();
        }

        if (!await MayChangeAsync(city, cancellationToken))
        {
            return Forbidden();
        }

        var form = new EditForm();
        form.Set("nameNative", city.NameNative);
        form.Set("nameEn", city.NameEn);
        form.Set("nameUk", city.NameUk);
        form.Set("countryCode", city.CountryCode);
        form.Set("region", city.Region);
        form.Set("latitude", city.Latitude);
        form.Set("longitude", city.Longitude);
        form.Set("website", city.Website);
        return Screen("PartnerCity", new PartnerCityFormModel(city, form, saved));
    }

    [HttpPost("{key:guid}")]
    public async Task<IActionResult> Save(Guid key, CancellationToken cancellationToken)
    {
        var city = await db.Set<PartnerCity>().SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        if (city is null)
        {
            return Missing();
        }

        if (!await MayChangeAsync(city, cancellationToken))
        {
            return Forbidden();
        }

        var form = EditForm.From(Request.Form);
        var draft = Draft(form);
        var saved = await FormSubmission.RunAsync(db, form, null, c => writer.ValidateAsync(draft, city.Id, c), async c =>
        {
            var errors = await writer.UpdateAsync(city, draft, c);
            Audit(PartnershipAuditActions.PartnerCitySaved, errors.Count == 0 ? city : null);
            return errors;
        }, cancellationToken);
        if (saved)
        {
            return Redirect($"/backoffice/partner-cities/{city.Key}?saved=true");
        }

        return Screen("PartnerCity", new PartnerCityFormModel(city, form), StatusCodes.Status422UnprocessableEntity);
    }

    private void Audit(string action, PartnerCity? city)
    {
        if (city is not null)
        {
            audit.Record(null, Me, action, city.Key.ToString(), detail: $"{city.NameEn} ({city.CountryCode})");
        }
    }

    private bool MayAdd => Me.IsNetworkAdmin || Me.SiteRoles.Values.Any(r => r >= SiteRole.Editor);

    private async Task<bool> MayChangeAsync(PartnerCity city, CancellationToken cancellationToken)
    {
        if (Me.IsNetworkAdmin)
        {
            return true;
        }

        var editable = Me.SiteRoles.Where(r => r.Value >= SiteRole.Editor).Select(r => r.Key).ToList();
        return await db.Set<Partnership>().AnyAsync(p => p.PartnerCityId == city.Id && editable.Contains(p.SiteId), cancellationToken);
    }

    private static PartnerCityDraft Draft(EditForm form) => new(
        form.Text("nameNative"), form.Text("nameEn"), form.Text("nameUk"), form.Text("countryCode"), form.Text("region"),
        form.Double("latitude"), form.Double("longitude"), form.Text("website"));
}

using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// Base of the partnership screens of one site: the site must exist (404) and the user must be its Editor or
/// SiteAdmin, or a network admin (403 otherwise). Records of another site are not found under this site's URL.
/// </summary>
public abstract class SiteScopedController(SiteDirectory sites) : BackofficeController
{
    public const string Views = "/Partnerships/Backoffice/Views/";

    protected async Task<(SiteSummary? Site, IActionResult? Refusal)> EditableSiteAsync(string siteKey, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return (null, Missing());
        }

        return Me.Can(site.Id, SiteRole.Editor) ? (site, null) : (null, Forbidden());
    }

    /// <summary>
    /// A record of the site in the address: the site must exist and be edited by the user (404 / 403 as above), and
    /// <paramref name="find"/> must find the record among that site's own (404 otherwise).
    /// </summary>
    protected async Task<(SiteSummary? Site, T? Record, IActionResult? Refusal)> SiteRecordAsync<T>(
        string siteKey, Func<SiteSummary, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(find);
        var (site, refusal) = await EditableSiteAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return (null, null, refusal);
        }

        var record = await find(site);
        return record is null ? (site, null, Missing()) : (site, record, null);
    }

    protected IActionResult Screen(string name, object model, int status = 200)
    {
        Response.StatusCode = status;
        return View(Views + name + ".cshtml", model);
    }
}

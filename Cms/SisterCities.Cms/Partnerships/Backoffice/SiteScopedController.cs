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

    protected IActionResult Screen(string name, object model, int status = 200)
    {
        Response.StatusCode = status;
        return View(Views + name + ".cshtml", model);
    }
}

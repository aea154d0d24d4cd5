using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary><c>/backoffice/partnerships</c>: the sites whose partnerships, offers and events the user edits, and the partner cities.</summary>
[Route("backoffice/partnerships")]
public sealed class PartnershipsHubController(SiteDirectory sites) : SiteScopedController(sites)
{
    private readonly SiteDirectory _sites = sites;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var mine = (await _sites.AllAsync(cancellationToken)).Where(s => Me.Can(s.Id, SiteRole.Editor)).ToList(); // the directory keeps sites in Ukrainian order
        return mine.Count == 0 ? Forbidden() : Screen("Hub", mine);
    }
}

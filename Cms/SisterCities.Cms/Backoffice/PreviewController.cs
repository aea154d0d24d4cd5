using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// Renders the current draft behind a signed, expiring link. The link alone is not enough: the viewer must also be
/// signed in with a role on the item's site, so a link that leaks shows nothing to outsiders. Expired → 410.
/// </summary>
[Route("backoffice/preview")]
public sealed class PreviewController(CmsDbContext db, SiteDirectory sites, PreviewLinks links) : BackofficeController
{
    [HttpGet("{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        switch (links.Read(token, out var ticket))
        {
            case PreviewCheck.Expired:
                return Page("Message", new MessageModel("Preview link expired", "Ask for a new preview link in the backoffice."), StatusCodes.Status410Gone);
            case PreviewCheck.Invalid:
                return Missing();
        }

        var variant = await db.Set<ContentVariant>().AsNoTracking().SingleOrDefaultAsync(v => v.ItemKey == ticket!.Key && v.Culture == ticket.Culture, cancellationToken);
        if (variant is null)
        {
            return Missing();
        }

        if (Me.RoleOn(variant.SiteId) is null)
        {
            return Forbidden();
        }

        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == variant.ItemId, cancellationToken);
        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var site = await sites.FindByIdAsync(variant.SiteId, cancellationToken) ?? throw new InvalidOperationException("Item of an unknown site.");
        Response.Headers["X-Robots-Tag"] = "noindex";
        return Page("Preview", new PreviewModel(site, type, variant, draft, ContentFormValues.Parse(draft.Values)));
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.PublicSite;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>
/// Renders the current draft behind a signed, expiring link, on the site's real theme and layout with a
/// "Preview — not published" banner. The link alone is not enough: the viewer must also be signed in with a role
/// on the item's site, so a link that leaks shows nothing to outsiders. Expired → 410. Never cached, never indexed.
/// </summary>
[Route("backoffice/preview")]
public sealed class PreviewController(CmsDbContext db, SiteDirectory sites, PreviewLinks links, PublicPageRenderer renderer, TimeProvider clock) : BackofficeController
{
    [HttpGet("{token}")]
    public async Task<IActionResult> Show(string token, CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
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
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var site = await sites.FindByIdAsync(variant.SiteId, cancellationToken) ?? throw new InvalidOperationException("Item of an unknown site.");
        var page = new PublishedPage(
            item.Id, item.Key, item.ParentId, item.ContentTypeAlias, variant.Culture, draft.Name, variant.UrlPath,
            variant.PublishedAt ?? clock.GetUtcNow(), PropertyValues.Parse(draft.Values));
        return new ResultAdapter(await renderer.RenderDraftAsync(HttpContext, site, page, cancellationToken));
    }

    /// <summary>Runs a minimal-API result (the theme's view) from this MVC action.</summary>
    private sealed class ResultAdapter(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}

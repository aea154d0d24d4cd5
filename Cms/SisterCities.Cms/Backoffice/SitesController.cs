using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>The sites a user may see, each site's content tree, creating items, and the site's audit log.</summary>
[Route("backoffice")]
public sealed class SitesController(CmsDbContext db, SiteDirectory sites, ContentTreeWorkflow tree) : BackofficeController
{
    public const int AuditPageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var visible = (await sites.AllAsync(cancellationToken))
            .Where(s => Me.RoleOn(s.Id) is not null)
            .Where(s => string.IsNullOrWhiteSpace(q) || s.NameUk.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) || s.NameEn.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(s => (s, Me.RoleOn(s.Id)!.Value))
            .ToList();
        return Page("Sites", new SitesModel(visible, q));
    }

    [HttpGet("sites/{siteKey}")]
    public async Task<IActionResult> Tree(string siteKey, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (Me.RoleOn(site.Id) is not { } role)
        {
            return Forbidden();
        }

        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Variants)
            .Where(i => i.SiteId == site.Id).OrderBy(i => i.Level).ThenBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var nodes = new Dictionary<int, TreeNode>();
        var roots = new List<TreeNode>();
        var trash = new List<TreeNode>();
        foreach (var item in items)
        {
            var name = item.Variants.FirstOrDefault(v => v.Culture == site.DefaultCulture)?.Name ?? item.Variants.FirstOrDefault()?.Name ?? item.Key.ToString();
            var node = new TreeNode(item.Key, name, item.ContentTypeAlias, item.Trashed,
                item.Variants.OrderBy(v => v.Culture).Select(v => (v.Culture, v.State, v.PublishedVersionId is not null)).ToList());
            nodes[item.Id] = node;
            if (item.Trashed && (item.ParentId is null || !nodes.TryGetValue(item.ParentId.Value, out var p) || !p.Trashed))
            {
                trash.Add(node);
            }
            else if (item.ParentId is { } parentId && nodes.TryGetValue(parentId, out var parent))
            {
                parent.Children.Add(node);
            }
            else if (!item.Trashed)
            {
                roots.Add(node);
            }
        }

        var types = await db.Set<ContentType>().AsNoTracking().OrderBy(t => t.NameEn).ToListAsync(cancellationToken);
        return Page("Tree", new TreeModel(site, role, roots, trash, types));
    }

    [HttpPost("sites/{siteKey}/content")]
    public async Task<IActionResult> Create(string siteKey, Guid? parent, string? type, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        var drafts = new Dictionary<string, ContentDraft>(StringComparer.Ordinal);
        foreach (var culture in site.Cultures)
        {
            var name = Request.Form[$"name.{culture}"].ToString();
            if (!string.IsNullOrWhiteSpace(name))
            {
                drafts[culture] = new ContentDraft(name, null, []);
            }
        }

        var (outcome, key) = await tree.CreateAsync(Me, site.Id, parent, type ?? "", drafts, cancellationToken);
        if (!outcome.Succeeded)
        {
            if (outcome.Status == WorkflowStatus.Invalid && drafts.Count == 0)
            {
                return Refused(WorkflowOutcome.Invalid("Give the new item a name in at least one language."));
            }

            return Refused(outcome);
        }

        return Redirect($"/backoffice/content/{key}?culture={drafts.Keys.First()}");
    }

    [HttpGet("sites/{siteKey}/audit")]
    public async Task<IActionResult> Audit(string siteKey, long? before, CancellationToken cancellationToken)
    {
        var site = await sites.FindByKeyAsync(siteKey, cancellationToken);
        if (site is null)
        {
            return Missing();
        }

        if (!Me.Can(site.Id, SiteRole.Editor))
        {
            return Forbidden();
        }

        return Page("Audit", await AuditPageAsync(site, before, cancellationToken));
    }

    /// <summary>Network-wide rows (accounts created, NetworkAdmin granted, sign-out everywhere, alerts for all sites).</summary>
    [HttpGet("audit")]
    public async Task<IActionResult> NetworkAudit(long? before, CancellationToken cancellationToken) =>
        Me.IsNetworkAdmin ? Page("Audit", await AuditPageAsync(null, before, cancellationToken)) : Forbidden();

    private async Task<AuditModel> AuditPageAsync(SiteSummary? site, long? before, CancellationToken cancellationToken)
    {
        var query = db.Set<AuditEntry>().AsNoTracking().Where(a => a.SiteId == (site == null ? null : site.Id));
        if (before is not null)
        {
            query = query.Where(a => a.Id < before);
        }

        var entries = await query.OrderByDescending(a => a.Id).Take(AuditPageSize).ToListAsync(cancellationToken);
        return new AuditModel(site, entries, entries.Count == AuditPageSize ? entries[^1].Id : null);
    }
}

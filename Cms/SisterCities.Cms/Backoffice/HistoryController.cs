using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice;

/// <summary>Version history of one culture: the list with author and time, a diff between any two, and rollback.</summary>
[Route("backoffice/content/{key:guid}")]
public sealed class HistoryController(CmsDbContext db, SiteDirectory sites, ContentWorkflow workflow) : BackofficeController
{
    [HttpGet("history")]
    public async Task<IActionResult> History(Guid key, string culture, long? from, long? to, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        var variant = item is null ? null : await db.Set<ContentVariant>().AsNoTracking().SingleOrDefaultAsync(v => v.ItemId == item.Id && v.Culture == culture, cancellationToken);
        if (item is null || variant is null)
        {
            return Missing();
        }

        if (Me.RoleOn(item.SiteId) is null)
        {
            return Forbidden();
        }

        var site = await sites.FindByIdAsync(item.SiteId, cancellationToken) ?? throw new InvalidOperationException("Item of an unknown site.");
        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var versions = await db.Set<ContentVersion>().AsNoTracking().Where(v => v.ItemId == item.Id && v.Culture == culture)
            .OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var a = versions.FirstOrDefault(v => v.Id == from);
        var b = versions.FirstOrDefault(v => v.Id == to);
        var diff = new List<(string, IReadOnlyList<DiffPiece>)>();
        if (a is not null && b is not null)
        {
            diff.Add(("Name", WordDiff.Compare(a.Name, b.Name)));
            var av = ContentFormValues.Parse(a.Values);
            var bv = ContentFormValues.Parse(b.Values);
            foreach (var property in type.Properties)
            {
                var x = av.TryGetPropertyValue(property.Alias, out var n1) ? ContentFormValues.ToText(n1) : "";
                var y = bv.TryGetPropertyValue(property.Alias, out var n2) ? ContentFormValues.ToText(n2) : "";
                diff.Add((property.NameEn, WordDiff.Compare(x, y)));
            }
        }

        return Page("History", new HistoryModel(site, key, culture, variant.Name, variant.Revision, variant.DraftVersionId, variant.PublishedVersionId, versions, a, b, diff));
    }

    [HttpPost("rollback")]
    public async Task<IActionResult> Rollback(Guid key, string culture, long version, int revision, CancellationToken cancellationToken)
    {
        var outcome = await workflow.RollbackAsync(Me, key, culture, version, revision, cancellationToken);
        return outcome.Succeeded ? Redirect($"/backoffice/content/{key}/history?culture={Uri.EscapeDataString(culture)}") : Refused(outcome);
    }
}

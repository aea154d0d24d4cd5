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

/// <summary>
/// Editing one item: a section per culture, save (409 conflict page keeps the user's text), the review
/// transitions, and the tree operations. Each action loads the item's site and refuses users without a role there.
/// </summary>
[Route("backoffice/content/{key:guid}")]
public sealed class ContentController(
    CmsDbContext db, SiteDirectory sites, ContentWorkflow workflow, ContentTreeWorkflow tree, EditLocks locks, PreviewLinks previews) : BackofficeController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(Guid key, string? culture, CancellationToken cancellationToken)
    {
        var model = await LoadAsync(key, culture, cancellationToken);
        if (model is not EditModel edit)
        {
            return (IActionResult)model;
        }

        return Page("Edit", edit);
    }

    [HttpPost("save")]
    public async Task<IActionResult> Save(Guid key, string culture, int revision, long? baseVersion, string? name, string? pick, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(key, culture, cancellationToken, takeLock: false);
        if (loaded is not EditModel edit)
        {
            return (IActionResult)loaded;
        }

        var values = ContentFormValues.Read(edit.Type, Request.Form);
        var outcome = await workflow.SaveDraftAsync(Me, key, culture, new ContentDraft(name ?? "", null, values), revision, cancellationToken);
        if (outcome.Succeeded)
        {
            // "Choose from the library" on a media property saves first, so nothing typed is lost on the way.
            return edit.Type.Property(pick ?? "") is { Editor: PropertyEditors.Media } media
                ? Redirect(Media.Library.MediaPickerController.PickerPath(key, culture, media.Alias))
                : Redirect($"/backoffice/content/{key}?culture={culture}&saved=1");
        }

        if (outcome.Status is not (WorkflowStatus.Conflict or WorkflowStatus.Invalid))
        {
            return Refused(outcome);
        }

        // Show the form again with exactly what the user typed; never drop their text.
        var fresh = (EditModel)await LoadAsync(key, culture, cancellationToken, takeLock: false);
        var stored = (fresh.Name, fresh.Values);
        fresh.Name = name ?? "";
        fresh.Values = values;
        if (outcome.Status == WorkflowStatus.Invalid)
        {
            fresh.Errors = outcome.Errors ?? new Dictionary<string, string[]> { [""] = [outcome.Message ?? ""] };
            fresh.Revision = revision;
            fresh.BaseVersionId = baseVersion;
            return Page("Edit", fresh, StatusCodes.Status422UnprocessableEntity);
        }

        fresh.IsConflict = true;
        fresh.Changes = await ChangesSinceAsync(edit.Type, baseVersion, stored.Name, stored.Values, cancellationToken);
        return Page("Edit", fresh, StatusCodes.Status409Conflict);
    }

    [HttpPost("translate")]
    public async Task<IActionResult> Translate(Guid key, string culture, string? name, CancellationToken cancellationToken) =>
        After(await workflow.AddTranslationAsync(Me, key, culture, name ?? "", cancellationToken), key, culture);

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(Guid key, string culture, int revision, CancellationToken cancellationToken) =>
        After(await workflow.SubmitAsync(Me, key, culture, revision, cancellationToken), key, culture);

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(Guid key, string culture, int revision, CancellationToken cancellationToken) =>
        After(await workflow.ApproveAsync(Me, key, culture, revision, cancellationToken), key, culture);

    [HttpPost("reject")]
    public async Task<IActionResult> Reject(Guid key, string culture, int revision, string? comment, CancellationToken cancellationToken) =>
        After(await workflow.RejectAsync(Me, key, culture, revision, comment ?? "", cancellationToken), key, culture);

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(Guid key, string culture, int revision, CancellationToken cancellationToken) =>
        After(await workflow.PublishAsync(Me, key, culture, revision, cancellationToken), key, culture);

    [HttpPost("unpublish")]
    public async Task<IActionResult> Unpublish(Guid key, string culture, int revision, CancellationToken cancellationToken) =>
        After(await workflow.UnpublishAsync(Me, key, culture, revision, cancellationToken), key, culture);

    [HttpPost("trash")]
    public async Task<IActionResult> Trash(Guid key, string? culture, CancellationToken cancellationToken) =>
        After(await tree.TrashAsync(Me, key, cancellationToken), key, culture);

    [HttpPost("restore")]
    public async Task<IActionResult> Restore(Guid key, string? culture, CancellationToken cancellationToken) =>
        After(await tree.RestoreAsync(Me, key, cancellationToken), key, culture);

    [HttpPost("move")]
    public async Task<IActionResult> Move(Guid key, Guid parent, string? culture, CancellationToken cancellationToken) =>
        After(await tree.MoveAsync(Me, key, parent, cancellationToken), key, culture);

    /// <summary>Moves the item one place up or down among its siblings.</summary>
    [HttpPost("sort")]
    public async Task<IActionResult> Sort(Guid key, string direction, string? culture, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (item?.ParentId is null)
        {
            return Missing();
        }

        var parentKey = await db.Set<ContentItem>().Where(i => i.Id == item.ParentId).Select(i => i.Key).SingleAsync(cancellationToken);
        var siblings = await db.Set<ContentItem>().Where(i => i.ParentId == item.ParentId).OrderBy(i => i.SortOrder).Select(i => i.Key).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(key);
        var swapWith = direction == "up" ? index - 1 : index + 1;
        if (swapWith >= 0 && swapWith < siblings.Count)
        {
            (siblings[index], siblings[swapWith]) = (siblings[swapWith], siblings[index]);
        }

        return After(await tree.SortChildrenAsync(Me, parentKey, siblings, cancellationToken), key, culture);
    }

    [HttpPost("preview-link")]
    public async Task<IActionResult> PreviewLink(Guid key, string culture, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(key, culture, cancellationToken, takeLock: false);
        if (loaded is not EditModel edit)
        {
            return (IActionResult)loaded;
        }

        edit.PreviewUrl = previews.Create(key, culture);
        edit.Notice = $"Preview link made; it works for {PreviewLinks.Lifetime.TotalHours:0} hours, for users of this site.";
        return Page("Edit", edit);
    }

    private IActionResult After(WorkflowOutcome outcome, Guid key, string? culture) =>
        outcome.Succeeded ? Redirect($"/backoffice/content/{key}?culture={Uri.EscapeDataString(culture ?? "")}") : Refused(outcome);

    /// <summary>Loads the item for the signed-in user: an <see cref="EditModel"/>, or the refusal to return.</summary>
    private async Task<object> LoadAsync(Guid key, string? culture, CancellationToken cancellationToken, bool takeLock = true)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Variants).SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (item is null)
        {
            return Missing();
        }

        if (Me.RoleOn(item.SiteId) is not { } role)
        {
            return Forbidden();
        }

        var site = await sites.FindByIdAsync(item.SiteId, cancellationToken) ?? throw new InvalidOperationException("Item of an unknown site.");
        var variant = item.Variants.FirstOrDefault(v => v.Culture == culture) ?? item.Variants.OrderBy(v => v.Culture != site.DefaultCulture).First();
        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var other = takeLock ? await locks.OpenAsync(Me, item.Id, variant.Culture, cancellationToken) : null;
        var schedules = await db.Set<ScheduledAction>().AsNoTracking()
            .Where(s => s.ItemKey == key && s.Culture == variant.Culture && s.DoneAt == null && s.CancelledAt == null)
            .OrderBy(s => s.DueAt).ToListAsync(cancellationToken);
        var parentTypes = await db.Set<ContentType>().AsNoTracking().ToListAsync(cancellationToken);
        var allowedParents = parentTypes.Where(t => t.AllowedChildren.Contains(item.ContentTypeAlias)).Select(t => t.Alias).ToList();
        var targets = await db.Set<ContentVariant>().AsNoTracking()
            .Where(v => v.SiteId == item.SiteId && v.Culture == site.DefaultCulture)
            .Join(db.Set<ContentItem>().Where(i => !i.Trashed && allowedParents.Contains(i.ContentTypeAlias) && !i.Path.StartsWith(item.Path) && i.Id != item.ParentId),
                v => v.ItemId, i => i.Id, (v, i) => new { i.Key, v.Name, i.Path })
            .OrderBy(x => x.Path).Take(500).ToListAsync(cancellationToken);
        return new EditModel
        {
            MoveTargets = targets.Select(t => (t.Key, t.Name)).ToList(),
            Site = site,
            Item = item,
            Type = type,
            Variant = variant,
            Role = role,
            Name = draft.Name,
            Values = ContentFormValues.Parse(draft.Values),
            BaseVersionId = draft.Id,
            Revision = variant.Revision,
            OtherEditor = other,
            Schedules = schedules,
            Notice = Request.Query.ContainsKey("saved") ? "Saved." : null,
        };
    }

    private async Task<IReadOnlyList<(string, IReadOnlyList<DiffPiece>)>> ChangesSinceAsync(
        ContentType type, long? baseVersionId, string storedName, System.Text.Json.Nodes.JsonObject storedValues, CancellationToken cancellationToken)
    {
        var before = baseVersionId is null ? null : await db.Set<ContentVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.Id == baseVersionId, cancellationToken);
        var beforeValues = before is null ? [] : ContentFormValues.Parse(before.Values);
        var changes = new List<(string, IReadOnlyList<DiffPiece>)>();
        if (before?.Name != storedName)
        {
            changes.Add(("Name", WordDiff.Compare(before?.Name, storedName)));
        }

        foreach (var property in type.Properties)
        {
            var a = beforeValues.TryGetPropertyValue(property.Alias, out var x) ? ContentFormValues.ToText(x) : "";
            var b = storedValues.TryGetPropertyValue(property.Alias, out var y) ? ContentFormValues.ToText(y) : "";
            if (a != b)
            {
                changes.Add((property.NameEn, WordDiff.Compare(a, b)));
            }
        }

        return changes;
    }
}

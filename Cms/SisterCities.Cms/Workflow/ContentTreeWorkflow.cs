using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Workflow;

/// <summary>Create, trash, restore, move and sort, with the role check on the site and an audit row in one transaction.</summary>
public sealed class ContentTreeWorkflow(CmsDbContext db, ContentWriter writer, ContentTreeWriter tree, AuditTrail audit)
{
    /// <summary>Creates an item under <paramref name="parentKey"/> (or at the root) with a variant per given culture.</summary>
    public async Task<(WorkflowOutcome Outcome, Guid? Key)> CreateAsync(
        Editor editor, int siteId, Guid? parentKey, string typeAlias, IReadOnlyDictionary<string, ContentDraft> cultures, CancellationToken cancellationToken)
    {
        if (!editor.Can(siteId, SiteRole.Author))
        {
            return (WorkflowOutcome.Forbidden, null);
        }

        var type = await db.Set<ContentType>().AsNoTracking().SingleOrDefaultAsync(t => t.Alias == typeAlias, cancellationToken);
        ContentItem? parent = null;
        if (parentKey is not null)
        {
            parent = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == parentKey && i.SiteId == siteId, cancellationToken);
            if (parent is null)
            {
                return (WorkflowOutcome.NotFound, null);
            }
        }

        if (type is null)
        {
            return (WorkflowOutcome.Invalid("Unknown content type.", new Dictionary<string, string[]> { ["type"] = ["Choose a content type."] }), null);
        }

        var parentType = parent is null ? null : await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == parent.ContentTypeAlias, cancellationToken);
        if (parentType is null ? !type.AllowedAtRoot : !parentType.AllowedChildren.Contains(type.Alias))
        {
            return (WorkflowOutcome.Invalid($"A {type.NameEn} cannot be placed here.", new Dictionary<string, string[]> { ["type"] = [$"A {type.NameEn} cannot be placed here."] }), null);
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (culture, draft) in cultures)
        {
            // A new item starts with a name only; required fields are enforced when it is submitted or published.
            foreach (var (field, messages) in ContentValidation.Validate(type, draft).Where(e => !e.Key.StartsWith("values.", StringComparison.Ordinal)))
            {
                errors[$"{culture}.{field}"] = messages;
            }
        }

        if (cultures.Count == 0 || errors.Count > 0)
        {
            return (WorkflowOutcome.Invalid("Some fields need attention.", errors), null);
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var item = await writer.CreateAsync(siteId, parent?.Id, type, cultures, editor.AsAuthor, cancellationToken);
        audit.Record(siteId, editor, AuditActions.Created, item.Key.ToString(), detail: type.Alias);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (WorkflowOutcome.Done, item.Key);
    }

    public Task<WorkflowOutcome> TrashAsync(Editor editor, Guid key, CancellationToken cancellationToken) =>
        OnItemAsync(editor, key, AuditActions.Trashed, null, async item =>
        {
            if (item.ParentId is null)
            {
                return WorkflowOutcome.Invalid("A site's home page cannot be trashed.");
            }

            await tree.TrashAsync(item, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    public Task<WorkflowOutcome> RestoreAsync(Editor editor, Guid key, CancellationToken cancellationToken) =>
        OnItemAsync(editor, key, AuditActions.Restored, null, async item =>
            await tree.RestoreAsync(item, cancellationToken) ? WorkflowOutcome.Done : WorkflowOutcome.Invalid("Restore its parent first."),
            cancellationToken);

    public async Task<WorkflowOutcome> MoveAsync(Editor editor, Guid key, Guid newParentKey, CancellationToken cancellationToken)
    {
        var target = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.Key == newParentKey, cancellationToken);
        if (target is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(target.SiteId, SiteRole.Editor))
        {
            return WorkflowOutcome.Forbidden;
        }

        return await OnItemAsync(editor, key, AuditActions.Moved, $"under {newParentKey}", async item =>
        {
            var targetType = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == target.ContentTypeAlias, cancellationToken);
            if (target.Trashed || !targetType.AllowedChildren.Contains(item.ContentTypeAlias))
            {
                return WorkflowOutcome.Invalid("It cannot be placed there.");
            }

            return await tree.MoveAsync(item, target, cancellationToken) ? WorkflowOutcome.Done : WorkflowOutcome.Invalid("An item cannot move below itself or to another site.");
        }, cancellationToken);
    }

    /// <summary>Orders the children of <paramref name="parentKey"/> as listed.</summary>
    public Task<WorkflowOutcome> SortChildrenAsync(Editor editor, Guid parentKey, IReadOnlyList<Guid> orderedKeys, CancellationToken cancellationToken) =>
        OnItemAsync(editor, parentKey, AuditActions.Sorted, null, async parent =>
        {
            await tree.SortAsync(parent.SiteId, parent.Id, orderedKeys, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    private async Task<WorkflowOutcome> OnItemAsync(
        Editor editor, Guid key, string action, string? detail, Func<ContentItem, Task<WorkflowOutcome>> step, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().Include(i => i.Variants).SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (item is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(item.SiteId, SiteRole.Editor))
        {
            return WorkflowOutcome.Forbidden;
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var outcome = await step(item);
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        audit.Record(item.SiteId, editor, action, key.ToString(), detail: detail);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// The editorial workflow on top of <see cref="ContentWriter"/>: Draft → InReview (submit, Author) → Published
/// (approve, Editor) or back to Draft (reject, with a comment); direct publish and unpublish for editors;
/// rollback as a new version. Every step checks the user's role on the item's site, and commits together
/// with its audit row, its change-feed row and any notification mail, or not at all.
/// </summary>
public sealed class ContentWorkflow(
    CmsDbContext db, ContentWriter writer, AuditTrail audit, WorkflowMail mail, IEnumerable<IPublishRequirement> publishRequirements)
{
    public async Task<WorkflowOutcome> SaveDraftAsync(
        Editor editor, Guid key, string culture, ContentDraft draft, int expectedRevision, CancellationToken cancellationToken) =>
        await SaveAsync(editor, key, culture, draft, expectedRevision, AuditActions.Saved, null, cancellationToken);

    /// <summary>Writes an old version's name and values as a new draft version (history is never rewritten).</summary>
    public async Task<WorkflowOutcome> RollbackAsync(
        Editor editor, Guid key, string culture, long versionId, int expectedRevision, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        var old = item is null ? null : await db.Set<ContentVersion>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.Id == versionId && v.ItemId == item.Id && v.Culture == culture, cancellationToken);
        if (item is null || old is null)
        {
            return WorkflowOutcome.NotFound;
        }

        var values = System.Text.Json.Nodes.JsonNode.Parse(old.Values)?.AsObject() ?? [];
        var draft = new ContentDraft(old.Name, null, values);
        return await SaveAsync(editor, key, culture, draft, expectedRevision, AuditActions.RolledBack, $"Rollback to version {old.Number}", cancellationToken);
    }

    public Task<WorkflowOutcome> SubmitAsync(Editor editor, Guid key, string culture, int expectedRevision, CancellationToken cancellationToken) =>
        TransitionAsync(editor, key, culture, expectedRevision, SiteRole.Author, AuditActions.Submitted, null, async (item, variant) =>
        {
            if (variant.State != ContentState.Draft)
            {
                return WorkflowOutcome.Invalid($"Only a draft can be submitted; this one is {variant.State}.");
            }

            if (await IncompleteAsync(item, variant, cancellationToken) is { } incomplete)
            {
                return incomplete;
            }

            await writer.SetReviewStateAsync(key, culture, ContentState.InReview, expectedRevision, cancellationToken);
            await mail.SubmittedAsync(editor, item, variant, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    public Task<WorkflowOutcome> ApproveAsync(Editor editor, Guid key, string culture, int expectedRevision, CancellationToken cancellationToken) =>
        TransitionAsync(editor, key, culture, expectedRevision, SiteRole.Editor, AuditActions.Approved, null, async (item, variant) =>
        {
            if (variant.State != ContentState.InReview)
            {
                return WorkflowOutcome.Invalid($"Only an item in review can be approved; this one is {variant.State}.");
            }

            if (await IncompleteAsync(item, variant, cancellationToken, goingLive: true) is { } incomplete)
            {
                return incomplete;
            }

            await writer.PublishAsync(key, culture, editor.AsAuthor, cancellationToken);
            await mail.ReviewedAsync(editor, item, variant, approved: true, comment: null, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    public Task<WorkflowOutcome> RejectAsync(Editor editor, Guid key, string culture, int expectedRevision, string comment, CancellationToken cancellationToken) =>
        TransitionAsync(editor, key, culture, expectedRevision, SiteRole.Editor, AuditActions.Rejected, comment, async (item, variant) =>
        {
            if (string.IsNullOrWhiteSpace(comment))
            {
                return WorkflowOutcome.Invalid("Say what should change: a comment is required to reject.",
                    new Dictionary<string, string[]> { ["comment"] = ["A comment is required to reject."] });
            }

            if (variant.State != ContentState.InReview)
            {
                return WorkflowOutcome.Invalid($"Only an item in review can be rejected; this one is {variant.State}.");
            }

            await writer.SetReviewStateAsync(key, culture, ContentState.Draft, expectedRevision, cancellationToken);
            await mail.ReviewedAsync(editor, item, variant, approved: false, comment, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    /// <summary>An editor publishes directly (no review step), e.g. their own news or a correction.</summary>
    public Task<WorkflowOutcome> PublishAsync(Editor editor, Guid key, string culture, int expectedRevision, CancellationToken cancellationToken) =>
        TransitionAsync(editor, key, culture, expectedRevision, SiteRole.Editor, AuditActions.Published, null, async (item, variant) =>
        {
            if (variant.State == ContentState.Trashed)
            {
                return WorkflowOutcome.Invalid("A trashed item cannot be published; restore it first.");
            }

            if (await IncompleteAsync(item, variant, cancellationToken, goingLive: true) is { } incomplete)
            {
                return incomplete;
            }

            await writer.PublishAsync(key, culture, editor.AsAuthor, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    public Task<WorkflowOutcome> UnpublishAsync(Editor editor, Guid key, string culture, int expectedRevision, CancellationToken cancellationToken) =>
        TransitionAsync(editor, key, culture, expectedRevision, SiteRole.Editor, AuditActions.Unpublished, null, async (_, variant) =>
        {
            if (variant.PublishedVersionId is null)
            {
                return WorkflowOutcome.Invalid("This item is not published.");
            }

            await writer.UnpublishAsync(key, culture, editor.AsAuthor, cancellationToken);
            return WorkflowOutcome.Done;
        }, cancellationToken);

    /// <summary>Adds a translation: a new culture variant of the item, with a name to start from.</summary>
    public async Task<WorkflowOutcome> AddTranslationAsync(Editor editor, Guid key, string culture, string name, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Variants).SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (item is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(item.SiteId, SiteRole.Author))
        {
            return WorkflowOutcome.Forbidden;
        }

        var site = await db.Set<Sites.Site>().AsNoTracking().SingleAsync(s => s.Id == item.SiteId, cancellationToken);
        if (!site.CultureList.Contains(culture) || item.Variants.Any(v => v.Culture == culture) || item.Trashed)
        {
            return WorkflowOutcome.Invalid($"A '{culture}' translation cannot be added to this item.");
        }

        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var draft = new ContentDraft(name, null, []);
        var errors = ContentValidation.Validate(type, draft).Where(e => !e.Key.StartsWith("values.", StringComparison.Ordinal)).ToDictionary();
        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid("Give the translation a name.", errors);
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await writer.AddCultureAsync(key, culture, type, draft, editor.AsAuthor, cancellationToken);
        audit.Record(item.SiteId, editor, AuditActions.Created, key.ToString(), culture, "translation");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowOutcome.Done;
    }

    /// <summary>The draft must satisfy its content type (required fields) before it goes to review or live.</summary>
    /// <summary>Going live, the draft must also meet every <see cref="IPublishRequirement"/> (e.g. alt text of its images).</summary>
    private async Task<WorkflowOutcome?> IncompleteAsync(ContentItem item, ContentVariant variant, CancellationToken cancellationToken, bool goingLive = false)
    {
        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var values = System.Text.Json.Nodes.JsonNode.Parse(draft.Values)?.AsObject() ?? [];
        var errors = ContentValidation.Validate(type, new ContentDraft(draft.Name, null, values));
        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid("Fill in the required fields and save before this step.", errors);
        }

        foreach (var requirement in goingLive ? publishRequirements : [])
        {
            foreach (var (field, messages) in await requirement.CheckAsync(type, variant.Culture, values, cancellationToken))
            {
                errors[field] = [.. errors.GetValueOrDefault(field) ?? [], .. messages];
            }
        }

        return errors.Count == 0 ? null : WorkflowOutcome.Invalid("This cannot go live yet: " + string.Join(" ", errors.Values.SelectMany(m => m)), errors);
    }

    private async Task<WorkflowOutcome> SaveAsync(
        Editor editor, Guid key, string culture, ContentDraft draft, int expectedRevision, string action, string? comment, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        if (item is null || !await db.Set<ContentVariant>().AnyAsync(v => v.ItemId == item.Id && v.Culture == culture, cancellationToken))
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(item.SiteId, SiteRole.Author))
        {
            return WorkflowOutcome.Forbidden;
        }

        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var errors = ContentValidation.Validate(type, draft);
        if (errors.Count > 0)
        {
            return WorkflowOutcome.Invalid("Some fields need attention.", errors);
        }

        if (item.Trashed)
        {
            return WorkflowOutcome.Invalid("A trashed item cannot be edited; restore it first.");
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        try
        {
            await writer.SaveDraftAsync(key, culture, type, draft, expectedRevision, editor.AsAuthor, comment, cancellationToken);
        }
        catch (ContentConflictException e)
        {
            return WorkflowOutcome.Conflict(e.Message);
        }

        audit.Record(item.SiteId, editor, action, key.ToString(), culture, comment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowOutcome.Done;
    }

    private async Task<WorkflowOutcome> TransitionAsync(
        Editor editor, Guid key, string culture, int expectedRevision, SiteRole needed, string action, string? detail,
        Func<ContentItem, ContentVariant, Task<WorkflowOutcome>> step, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Key == key, cancellationToken);
        var variant = item is null ? null : await db.Set<ContentVariant>().SingleOrDefaultAsync(v => v.ItemId == item.Id && v.Culture == culture, cancellationToken);
        if (item is null || variant is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(item.SiteId, needed))
        {
            return WorkflowOutcome.Forbidden;
        }

        if (variant.Revision != expectedRevision)
        {
            return WorkflowOutcome.Conflict($"Someone changed this item since you opened it (revision {variant.Revision}, you had {expectedRevision}).");
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        WorkflowOutcome outcome;
        try
        {
            outcome = await step(item, variant);
        }
        catch (Exception e) when (e is ContentConflictException or DbUpdateConcurrencyException)
        {
            return WorkflowOutcome.Conflict("Someone changed this item at the same moment; reload and try again.");
        }

        if (!outcome.Succeeded)
        {
            return outcome;
        }

        audit.Record(item.SiteId, editor, action, key.ToString(), culture, detail);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

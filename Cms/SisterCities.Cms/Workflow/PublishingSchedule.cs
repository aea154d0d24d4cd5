using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Workflow;

/// <summary>Scheduled publish and unpublish: editors add and cancel entries; the scheduler runs those that are due.</summary>
public sealed class PublishingSchedule(
    CmsDbContext db, ContentWriter writer, AuditTrail audit, TimeProvider clock, IEnumerable<IPublishRequirement> publishRequirements)
{
    public async Task<WorkflowOutcome> ScheduleAsync(Editor editor, Guid key, string culture, string action, DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        var variant = await db.Set<ContentVariant>().AsNoTracking().SingleOrDefaultAsync(v => v.ItemKey == key && v.Culture == culture, cancellationToken);
        if (variant is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(variant.SiteId, SiteRole.Editor))
        {
            return WorkflowOutcome.Forbidden;
        }

        if (action is not (ScheduledAction.Publish or ScheduledAction.Unpublish))
        {
            return WorkflowOutcome.Invalid("Choose publish or unpublish.", new Dictionary<string, string[]> { ["action"] = ["Choose publish or unpublish."] });
        }

        if (dueUtc <= clock.GetUtcNow())
        {
            return WorkflowOutcome.Invalid("The time must be in the future.", new Dictionary<string, string[]> { ["due"] = ["The time must be in the future."] });
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        db.Add(new ScheduledAction
        {
            ItemKey = key,
            SiteId = variant.SiteId,
            Culture = culture,
            Action = action,
            DueAt = dueUtc.ToUniversalTime(),
            RequestedById = editor.Id,
            RequestedByName = editor.Name,
        });
        audit.Record(variant.SiteId, editor, AuditActions.Scheduled, key.ToString(), culture, $"{action} at {dueUtc.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowOutcome.Done;
    }

    public async Task<WorkflowOutcome> CancelAsync(Editor editor, int scheduleId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<ScheduledAction>().SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (entry is null)
        {
            return WorkflowOutcome.NotFound;
        }

        if (!editor.Can(entry.SiteId, SiteRole.Editor))
        {
            return WorkflowOutcome.Forbidden;
        }

        if (entry.DoneAt is not null || entry.CancelledAt is not null)
        {
            return WorkflowOutcome.Invalid("This schedule has already run or been cancelled.");
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        entry.CancelledAt = clock.GetUtcNow();
        audit.Record(entry.SiteId, editor, AuditActions.ScheduleCancelled, entry.ItemKey.ToString(), entry.Culture, entry.Action);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return WorkflowOutcome.Done;
    }

    /// <summary>
    /// Runs every entry due by now, oldest first, each in its own transaction with its audit row; an entry is
    /// marked done in that same transaction, so a crash half-way re-runs only what did not commit.
    /// Entries missed while the app was down are simply due, and run on the first round after start.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<ScheduledAction>()
            .Where(s => s.DoneAt == null && s.CancelledAt == null && s.DueAt <= now)
            .OrderBy(s => s.DueAt).ThenBy(s => s.Id).Take(100).ToListAsync(cancellationToken);
        foreach (var entry in due)
        {
            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            var variant = await db.Set<ContentVariant>().SingleOrDefaultAsync(v => v.ItemKey == entry.ItemKey && v.Culture == entry.Culture, cancellationToken);
            var author = new ContentAuthor(entry.RequestedById, entry.RequestedByName + " (scheduled)");
            if (variant is null || variant.State == ContentState.Trashed)
            {
                entry.Error = "The item no longer exists or is in the trash.";
            }
            else if (entry.Action == ScheduledAction.Publish && await UnmetRequirementsAsync(variant, cancellationToken) is { } unmet)
            {
                // Not published: the editor sees why in the audit log and the schedule entry.
                entry.Error = ("Not published: " + unmet)[..Math.Min(1000, unmet.Length + 15)];
            }
            else if (entry.Action == ScheduledAction.Publish)
            {
                await writer.PublishAsync(entry.ItemKey, entry.Culture, author, cancellationToken);
            }
            else if (variant.PublishedVersionId is not null)
            {
                await writer.UnpublishAsync(entry.ItemKey, entry.Culture, author, cancellationToken);
            }

            entry.DoneAt = clock.GetUtcNow();
            var action = entry.Action == ScheduledAction.Publish ? AuditActions.Published : AuditActions.Unpublished;
            audit.Record(entry.SiteId, null, action, entry.ItemKey.ToString(), entry.Culture, entry.Error ?? $"scheduled by {entry.RequestedByName}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return due.Count;
    }

    /// <summary>What a scheduled publish must meet like a manual one (<see cref="IPublishRequirement"/>): null when all is met.</summary>
    private async Task<string?> UnmetRequirementsAsync(ContentVariant variant, CancellationToken cancellationToken)
    {
        var item = await db.Set<ContentItem>().AsNoTracking().SingleAsync(i => i.Id == variant.ItemId, cancellationToken);
        var type = await db.Set<ContentType>().AsNoTracking().SingleAsync(t => t.Alias == item.ContentTypeAlias, cancellationToken);
        var draft = await db.Set<ContentVersion>().AsNoTracking().SingleAsync(v => v.Id == variant.DraftVersionId, cancellationToken);
        var values = System.Text.Json.Nodes.JsonNode.Parse(draft.Values)?.AsObject() ?? [];
        var problems = new List<string>();
        foreach (var requirement in publishRequirements)
        {
            problems.AddRange((await requirement.CheckAsync(type, variant.Culture, values, cancellationToken)).Values.SelectMany(m => m));
        }

        return problems.Count == 0 ? null : string.Join(" ", problems);
    }
}

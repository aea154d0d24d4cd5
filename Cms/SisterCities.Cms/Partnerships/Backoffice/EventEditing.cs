using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// What the event screens do with a posted form, for a site's events and the network-wide ones alike: parse it, run
/// the <see cref="EventWriter"/> rules, store, and write the audit row in the same transaction.
/// </summary>
public sealed class EventEditing(CmsDbContext db, EventWriter writer, AuditTrail audit)
{
    public async Task<(NetworkEvent? Created, EditForm Form)> CreateAsync(int? hostSiteId, IFormCollection posted, Editor actor, CancellationToken cancellationToken)
    {
        var form = EditForm.From(posted);
        var draft = EventFormFields.Draft(hostSiteId, form);
        NetworkEvent? created = null;
        await FormSubmission.RunAsync(db, form, EventFormFields.Aliases, c => writer.ValidateAsync(draft, c), async c =>
        {
            (created, var errors) = await writer.CreateAsync(draft, c);
            Audit(actor, PartnershipAuditActions.EventCreated, created);
            return errors;
        }, cancellationToken);
        return (created, form);
    }

    public async Task<(bool Saved, EditForm Form)> SaveAsync(NetworkEvent networkEvent, IFormCollection posted, Editor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        var form = EditForm.From(posted);
        var draft = EventFormFields.Draft(networkEvent.HostSiteId, form);
        var saved = await FormSubmission.RunAsync(db, form, EventFormFields.Aliases, c => writer.ValidateAsync(draft, c), async c =>
        {
            var errors = await writer.UpdateAsync(networkEvent, draft, c);
            Audit(actor, PartnershipAuditActions.EventSaved, errors.Count == 0 ? networkEvent : null);
            return errors;
        }, cancellationToken);
        return (saved, form);
    }

    /// <summary>
    /// Cancels the event with the organiser's optional reason and its audit row in one transaction; an event already
    /// cancelled is left as it is. A reason that is too long comes back keyed "reason" and nothing is written.
    /// </summary>
    public async Task<Dictionary<string, string[]>> CancelAsync(NetworkEvent networkEvent, string? reason, Editor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (networkEvent.CancelledAt is not null)
        {
            return errors;
        }

        await FormSubmission.CommitAsync(
            db,
            async c =>
            {
                errors = await writer.CancelAsync(networkEvent, reason, c);
                if (errors.Count == 0)
                {
                    Audit(actor, PartnershipAuditActions.EventCancelled, networkEvent, networkEvent.CancellationReason is { } given ? $", reason: {given}" : "");
                }
            },
            cancellationToken);
        return errors;
    }

    private void Audit(Editor actor, string action, NetworkEvent? e, string more = "")
    {
        if (e is not null)
        {
            audit.Record(e.HostSiteId, actor, action, e.Key.ToString(), detail: $"{e.TitleUk}, {Workflow.KyivTime.Format(e.StartsAt)}, sequence {e.Sequence}{more}");
        }
    }
}

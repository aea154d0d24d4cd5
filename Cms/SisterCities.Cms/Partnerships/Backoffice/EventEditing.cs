using Microsoft.AspNetCore.Http;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Partnerships.Backoffice;

/// <summary>
/// What the event screens do with a posted form, for a site's events and the network-wide ones alike: parse it, run
/// the <see cref="EventWriter"/> rules, store, and write the audit row in the same transaction. Errors come back on
/// the form, keyed by field, with every problem at once.
/// </summary>
public sealed class EventEditing(CmsDbContext db, EventWriter writer, AuditTrail audit)
{
    public async Task<(NetworkEvent? Created, EditForm Form)> CreateAsync(int? hostSiteId, IFormCollection posted, Editor actor, CancellationToken cancellationToken)
    {
        var form = EditForm.From(posted);
        var draft = EventFormFields.Draft(hostSiteId, form);
        if (form.Errors.Count > 0)
        {
            form.AddErrorsWhereNone(await writer.ValidateAsync(draft, cancellationToken), EventFormFields.Aliases);
            return (null, form);
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var (created, errors) = await writer.CreateAsync(draft, cancellationToken);
        if (created is null)
        {
            form.AddErrors(errors, EventFormFields.Aliases);
            return (null, form);
        }

        await AuditAsync(actor, PartnershipAuditActions.EventCreated, created, transaction, cancellationToken);
        return (created, form);
    }

    public async Task<(bool Saved, EditForm Form)> SaveAsync(NetworkEvent networkEvent, IFormCollection posted, Editor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        var form = EditForm.From(posted);
        var draft = EventFormFields.Draft(networkEvent.HostSiteId, form);
        if (form.Errors.Count > 0)
        {
            form.AddErrorsWhereNone(await writer.ValidateAsync(draft, cancellationToken), EventFormFields.Aliases);
            return (false, form);
        }

        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        var errors = await writer.UpdateAsync(networkEvent, draft, cancellationToken);
        if (errors.Count > 0)
        {
            form.AddErrors(errors, EventFormFields.Aliases);
            return (false, form);
        }

        await AuditAsync(actor, PartnershipAuditActions.EventSaved, networkEvent, transaction, cancellationToken);
        return (true, form);
    }

    public async Task CancelAsync(NetworkEvent networkEvent, Editor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networkEvent);
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        await writer.CancelAsync(networkEvent, cancellationToken);
        await AuditAsync(actor, PartnershipAuditActions.EventCancelled, networkEvent, transaction, cancellationToken);
    }

    private async Task AuditAsync(Editor actor, string action, NetworkEvent e, OwnedTransaction transaction, CancellationToken cancellationToken)
    {
        audit.Record(e.HostSiteId, actor, action, e.Key.ToString(), detail: $"{e.TitleUk}, {Workflow.KyivTime.Format(e.StartsAt)}, sequence {e.Sequence}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

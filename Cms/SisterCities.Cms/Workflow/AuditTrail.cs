using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// Adds audit rows to the caller's unit of work; they commit with the change they describe or not at all.
/// There is deliberately no update or delete here: the log is append-only.
/// </summary>
public sealed class AuditTrail(CmsDbContext db, TimeProvider clock)
{
    public void Record(int? siteId, Editor? actor, string action, string subject, string? culture = null, string? detail = null) =>
        db.Add(new AuditEntry
        {
            SiteId = siteId,
            OccurredAt = clock.GetUtcNow(),
            ActorId = actor?.Id,
            ActorName = actor?.Name ?? "System",
            Action = action,
            Subject = subject,
            Culture = culture,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });
}

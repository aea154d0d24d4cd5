using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// Every move of a business through moderation, kept in the append-only audit log (site = the business's
/// municipality, none for foreign ones) so a later decision never erases an earlier reason. Rows are added to the
/// caller's unit of work and commit with the move they describe.
/// </summary>
public sealed class BusinessModerationHistory(CmsDbContext db, TimeProvider clock)
{
    public const string Verified = "business-verified";
    public const string Rejected = "business-rejected";
    public const string Suspended = "business-suspended";
    public const string Reinstated = "business-reinstated";
    public const string Reconsidered = "business-reconsidered";
    public const string Resubmitted = "business-resubmitted";
    public const string IdentityCorrected = "business-identity-corrected";

    public async Task RecordAsync(ICatalogActor actor, Business business, string action, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(business);
        var name = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName != "" ? u.DisplayName : u.Email).SingleOrDefaultAsync(cancellationToken);
        db.Add(new AuditEntry
        {
            SiteId = business.SiteId,
            OccurredAt = clock.GetUtcNow(),
            ActorId = actor.UserId,
            ActorName = Trim(name ?? actor.UserId, 200),
            Action = action,
            Subject = business.Id.ToString(),
            Detail = detail is null ? null : Trim(detail, 2000),
        });
    }

    /// <summary>The latest row of <paramref name="action"/> for the business, or null (the id orders rows as they were written).</summary>
    public Task<AuditEntry?> LatestAsync(Guid businessId, string action, CancellationToken cancellationToken)
    {
        var subject = businessId.ToString();
        return db.Set<AuditEntry>().AsNoTracking().Where(a => a.Subject == subject && a.Action == action)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The latest row of <paramref name="action"/> for each of the businesses that has one.</summary>
    public async Task<IReadOnlyDictionary<Guid, AuditEntry>> LatestAsync(IReadOnlyCollection<Guid> businessIds, string action, CancellationToken cancellationToken)
    {
        var subjects = businessIds.Select(id => id.ToString()).ToList();
        var rows = await db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == action && subjects.Contains(a.Subject)).ToListAsync(cancellationToken);
        return rows.GroupBy(a => Guid.Parse(a.Subject)).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Id)!);
    }

    /// <summary>
    /// For each of the businesses, its legal-identity corrections made after its latest rejection (oldest first), so
    /// a moderator sees what changed since they said no. Businesses without such corrections are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<AuditEntry>>> CorrectionsSinceRejectionAsync(IReadOnlyCollection<Guid> businessIds, CancellationToken cancellationToken)
    {
        var subjects = businessIds.Select(id => id.ToString()).ToList();
        var rows = await db.Set<AuditEntry>().AsNoTracking()
            .Where(a => (a.Action == Rejected || a.Action == IdentityCorrected) && subjects.Contains(a.Subject))
            .ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, IReadOnlyList<AuditEntry>>();
        foreach (var business in rows.GroupBy(a => Guid.Parse(a.Subject)))
        {
            var rejectedAt = business.Where(a => a.Action == Rejected).Select(a => a.Id).DefaultIfEmpty(0).Max();
            var since = business.Where(a => a.Action == IdentityCorrected && a.Id > rejectedAt).OrderBy(a => a.Id).ToList();
            if (since.Count > 0)
            {
                result[business.Key] = since;
            }
        }

        return result;
    }

    private static string Trim(string text, int max) => text.Length > max ? text[..max] : text;
}

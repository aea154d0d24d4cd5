using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Catalog.Moderation;

/// <summary>The moderation screen: the pending queue and the decided businesses this moderator may act on.</summary>
public sealed record ModerationModel(
    IReadOnlyList<Business> Pending, IReadOnlyList<Business> Decided, IReadOnlyDictionary<int, SiteSummary> Sites,
    string? Notice, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>For pending businesses their manager submitted again after a rejection: that history row (its detail is the earlier reason).</summary>
    public IReadOnlyDictionary<Guid, Workflow.AuditEntry> Resubmitted { get; init; } = new Dictionary<Guid, Workflow.AuditEntry>();

    /// <summary>For pending businesses a moderator put back in the queue: that history row (its detail is the moderator's reason).</summary>
    public IReadOnlyDictionary<Guid, Workflow.AuditEntry> Reconsidered { get; init; } = new Dictionary<Guid, Workflow.AuditEntry>();

    /// <summary>Pending and rejected businesses whose managers corrected the legal identity since the latest rejection: those rows, oldest first (detail: "field: old → new" lines).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<Workflow.AuditEntry>> Corrections { get; init; } = new Dictionary<Guid, IReadOnlyList<Workflow.AuditEntry>>();

    /// <summary>The later of the resubmission and reconsideration rows of a pending business: how it came back to the queue, if it did.</summary>
    public Workflow.AuditEntry? BackInQueue(Guid businessId)
    {
        var again = Resubmitted.GetValueOrDefault(businessId);
        var reconsidered = Reconsidered.GetValueOrDefault(businessId);
        return again is null ? reconsidered : reconsidered is null || again.Id > reconsidered.Id ? again : reconsidered;
    }
}

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
}

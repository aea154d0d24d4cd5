using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>A page of the audit log: of one site, or (site null) the network-wide rows such as NetworkAdmin grants.</summary>
public sealed record AuditModel(SiteSummary? Site, IReadOnlyList<AuditEntry> Entries, long? OlderThan);

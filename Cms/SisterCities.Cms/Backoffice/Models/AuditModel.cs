using SisterCities.Cms.Sites;
using SisterCities.Cms.Workflow;

namespace SisterCities.Cms.Backoffice.Models;

public sealed record AuditModel(SiteSummary Site, IReadOnlyList<AuditEntry> Entries, long? OlderThan);

using SisterCities.Cms.Alerts;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Backoffice.Models;

/// <summary>Active alerts on the sites the user administers, and the form to publish one.</summary>
public sealed record AlertsModel(IReadOnlyList<SiteSummary> Sites, bool CanTargetAll, IReadOnlyList<EmergencyAlert> Active, IReadOnlyDictionary<string, string[]> Errors);

namespace SisterCities.Cms.Alerts;

/// <summary>What an admin fills in to publish an alert.</summary>
public sealed record AlertRequest(AlertSeverity Severity, string MessageUk, string? MessageEn, DateTimeOffset ExpiresAt, bool AllSites, IReadOnlyList<int> SiteIds);

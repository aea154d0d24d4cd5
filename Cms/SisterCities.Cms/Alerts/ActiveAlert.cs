namespace SisterCities.Cms.Alerts;

/// <summary>An alert as a banner needs it.</summary>
public sealed record ActiveAlert(Guid Key, AlertSeverity Severity, string MessageUk, string MessageEn, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public string MessageIn(string culture) => culture == "uk" || string.IsNullOrWhiteSpace(MessageEn) ? MessageUk : MessageEn;
}

namespace SisterCities.Cms.Alerts;

/// <summary>How urgent an alert is; themes colour the banner by it.</summary>
public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}

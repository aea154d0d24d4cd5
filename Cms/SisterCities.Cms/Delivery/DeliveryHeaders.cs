namespace SisterCities.Cms.Delivery;

/// <summary>Header names of the Delivery API, spelled as Umbraco spells them.</summary>
public static class DeliveryHeaders
{
    public const string StartItem = "Start-Item";
    public const string ApiKey = "Api-Key";
    public const string Preview = "Preview";
    public const string AcceptLanguage = "Accept-Language";

    public static bool IsPreview(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}

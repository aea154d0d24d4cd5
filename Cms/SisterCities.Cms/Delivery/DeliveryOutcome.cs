namespace SisterCities.Cms.Delivery;

/// <summary>A value, or which parameter was wrong (400) or named something missing (404).</summary>
internal sealed record DeliveryOutcome<T>(T? Value, string? Parameter, string? Message, bool NotFound)
    where T : class
{
    public static DeliveryOutcome<T> Ok(T value) => new(value, null, null, false);

    public static DeliveryOutcome<T> Invalid(string parameter, string message) => new(null, parameter, message, false);

    public static DeliveryOutcome<T> Missing(string parameter, string message) => new(null, parameter, message, true);

    public DeliveryOutcome<TOther> As<TOther>()
        where TOther : class => new(null, Parameter, Message, NotFound);
}

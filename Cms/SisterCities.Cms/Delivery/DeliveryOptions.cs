namespace SisterCities.Cms.Delivery;

/// <summary>The <c>Cms:Delivery</c> configuration section (see docs/delivery-api.md).</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Cms:Delivery";

    /// <summary>Key that unlocks <c>Preview: true</c>. Empty means preview is always refused (401).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Rich text as Umbraco's element tree instead of <c>{ markup }</c> HTML.</summary>
    public bool RichTextOutputAsJson { get; set; }

    /// <summary>Largest accepted <c>take</c>; a larger one is a 400, not a silent clamp.</summary>
    public int MaxTake { get; set; } = 100;

    public int DefaultTake { get; set; } = 10;

    /// <summary>Serve repeated public queries from the output cache (evicted by the change feed).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary><c>Cache-Control: public, max-age</c> for public responses.</summary>
    public int MaxAgeSeconds { get; set; } = 30;

    /// <summary>Requests per client IP per window; 0 turns rate limiting off (benchmarks only).</summary>
    public int RateLimitPermits { get; set; } = 600;

    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Allowed browser origins per site key (<c>Cms:Delivery:Cors:lviv:0</c>); key <c>*</c> applies to every site.</summary>
    public Dictionary<string, string[]> Cors { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

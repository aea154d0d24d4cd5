namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>A business's texts in one culture: a tagline for lists and a plain-text description.</summary>
public sealed class BusinessText
{
    public string? Tagline { get; set; }

    public string? Description { get; set; }
}

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>A showroom item's name and plain-text description in one culture.</summary>
public sealed class ShowroomItemText
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }
}

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>The editable fields of a showroom item as the portal posts them.</summary>
public sealed class ShowroomItemDraft
{
    public ShowroomItemKind Kind { get; set; }

    public Dictionary<string, ShowroomItemText> Texts { get; set; } = [];

    public List<Guid> Images { get; set; } = [];

    public string? KvedCode { get; set; }

    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public string? PriceCurrency { get; set; }

    public string? MinimumOrder { get; set; }

    public bool AvailableForExport { get; set; }
}

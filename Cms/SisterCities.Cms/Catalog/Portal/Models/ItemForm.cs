using SisterCities.Cms.Catalog.Showrooms;

namespace SisterCities.Cms.Catalog.Portal.Models;

/// <summary>A showroom item as the portal form posts it; <see cref="ShowroomEditing"/> checks it.</summary>
public sealed class ItemForm
{
    public string? Kind { get; set; } = nameof(ShowroomItemKind.Product);

    public string? NameUk { get; set; }

    public string? DescriptionUk { get; set; }

    public string? NameEn { get; set; }

    public string? DescriptionEn { get; set; }

    public string? KvedCode { get; set; }

    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public string? PriceCurrency { get; set; }

    public string? MinimumOrder { get; set; }

    public bool AvailableForExport { get; set; }

    public FormErrors Errors { get; set; } = FormErrors.None;

    public ShowroomItemDraft ToDraft(IEnumerable<Guid> images)
    {
        var texts = new Dictionary<string, ShowroomItemText>(StringComparer.Ordinal);
        if (BusinessForm.Blank(NameUk) is not null || BusinessForm.Blank(DescriptionUk) is not null)
        {
            texts["uk"] = new ShowroomItemText { Name = NameUk ?? "", Description = BusinessForm.Blank(DescriptionUk) };
        }

        if (BusinessForm.Blank(NameEn) is not null || BusinessForm.Blank(DescriptionEn) is not null)
        {
            texts["en"] = new ShowroomItemText { Name = NameEn ?? "", Description = BusinessForm.Blank(DescriptionEn) };
        }

        return new ShowroomItemDraft
        {
            Kind = Enum.TryParse<ShowroomItemKind>(Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : (ShowroomItemKind)(-1),
            Texts = texts,
            Images = images.ToList(),
            KvedCode = KvedCode,
            PriceMin = PriceMin,
            PriceMax = PriceMax,
            PriceCurrency = BusinessForm.Blank(PriceCurrency),
            MinimumOrder = BusinessForm.Blank(MinimumOrder),
            AvailableForExport = AvailableForExport,
        };
    }

    public static ItemForm From(ShowroomItem item) => new()
    {
        Kind = item.Kind.ToString(),
        NameUk = item.Texts.GetValueOrDefault("uk")?.Name,
        DescriptionUk = item.Texts.GetValueOrDefault("uk")?.Description,
        NameEn = item.Texts.GetValueOrDefault("en")?.Name,
        DescriptionEn = item.Texts.GetValueOrDefault("en")?.Description,
        KvedCode = item.KvedCode,
        PriceMin = item.PriceMin,
        PriceMax = item.PriceMax,
        PriceCurrency = item.PriceCurrency,
        MinimumOrder = item.MinimumOrder,
        AvailableForExport = item.AvailableForExport,
    };
}

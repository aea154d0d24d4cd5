using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>A product or service in a business's showroom; public when its business is verified.</summary>
public sealed class ShowroomItem : IFeedTracked
{
    public const string FeedEntityName = "showroomItem";

    public Guid Id { get; set; }

    public Guid BusinessId { get; set; }

    public ShowroomItemKind Kind { get; set; }

    public Dictionary<string, ShowroomItemText> Texts { get; set; } = [];

    /// <summary>Media keys of the images, in display order.</summary>
    public List<Guid> Images { get; set; } = [];

    /// <summary>KVED division of the item.</summary>
    public required string KvedCode { get; set; }

    public decimal? PriceMin { get; set; }

    public decimal? PriceMax { get; set; }

    public string? PriceCurrency { get; set; }

    /// <summary>Free text such as "1 pallet" or "from 500 kg".</summary>
    public string? MinimumOrder { get; set; }

    public bool AvailableForExport { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set by the editing service so feed consumers can evict per site without a lookup.</summary>
    public int? SiteId { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Id.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class ShowroomItemConfiguration : IEntityTypeConfiguration<ShowroomItem>
{
    public void Configure(EntityTypeBuilder<ShowroomItem> builder)
    {
        builder.ToTable("catalog_showroom_items");
        builder.HasIndex(i => new { i.BusinessId, i.SortOrder });
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.KvedCode).HasMaxLength(8);
        builder.Property(i => i.PriceCurrency).HasMaxLength(3);
        builder.Property(i => i.PriceMin).HasPrecision(18, 2);
        builder.Property(i => i.PriceMax).HasPrecision(18, 2);
        builder.Property(i => i.MinimumOrder).HasMaxLength(CatalogText.NameMax);
        builder.Property(i => i.Texts).HasConversion(JsonColumn.Converter<Dictionary<string, ShowroomItemText>>(), JsonColumn.Comparer<Dictionary<string, ShowroomItemText>>());
        builder.Property(i => i.Images).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        builder.HasOne<Businesses.Business>().WithMany().HasForeignKey(i => i.BusinessId).OnDelete(DeleteBehavior.Cascade);
    }
}

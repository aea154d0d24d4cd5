using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>
/// A showroom's own pictures beside its items: one cover (the banner of the showroom page) and a gallery of the
/// premises, production or team. Media keys point into the media library, where the images were cleaned on upload.
/// Public with the business (verified only), like the items.
/// </summary>
public sealed class ShowroomGallery : IFeedTracked
{
    public const string FeedEntityName = "showroomGallery";

    public Guid BusinessId { get; set; }

    public Guid? CoverMediaKey { get; set; }

    /// <summary>Gallery images in display order.</summary>
    public List<Guid> Images { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The business's municipality, so feed consumers can evict per site.</summary>
    public int? SiteId { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => BusinessId.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class ShowroomGalleryConfiguration : IEntityTypeConfiguration<ShowroomGallery>
{
    public void Configure(EntityTypeBuilder<ShowroomGallery> builder)
    {
        builder.ToTable("catalog_showroom_galleries");
        builder.HasKey(g => g.BusinessId);
        builder.Property(g => g.Images).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        builder.HasOne<Businesses.Business>().WithOne().HasForeignKey<ShowroomGallery>(g => g.BusinessId).OnDelete(DeleteBehavior.Cascade);
    }
}

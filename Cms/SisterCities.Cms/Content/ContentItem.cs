using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Content;

/// <summary>
/// A node of a site's content tree. What it says lives in its variants (one per culture) and their versions.
/// </summary>
public sealed class ContentItem : IFeedTracked
{
    public const string FeedEntityName = "content";

    public int Id { get; set; }

    /// <summary>The public identifier (Umbraco's <c>id</c> in the Delivery API).</summary>
    public Guid Key { get; set; }

    public int SiteId { get; set; }

    public int? ParentId { get; set; }

    public required string ContentTypeAlias { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Materialized path of ids from the root, <c>/12/40/77/</c>: descendants are a prefix match.</summary>
    public string Path { get; set; } = "/";

    /// <summary>1 for a site's root.</summary>
    public int Level { get; set; }

    public bool Trashed { get; set; }

    public DateTimeOffset CreateDate { get; set; }

    public DateTimeOffset UpdateDate { get; set; }

    public List<ContentVariant> Variants { get; set; } = [];

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("content_items");
        builder.HasIndex(i => i.Key).IsUnique();
        builder.HasIndex(i => new { i.SiteId, i.ParentId, i.SortOrder });
        builder.HasIndex(i => i.Path);
        builder.Property(i => i.ContentTypeAlias).HasMaxLength(64);
        builder.Property(i => i.Path).HasMaxLength(400);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Variants).WithOne().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

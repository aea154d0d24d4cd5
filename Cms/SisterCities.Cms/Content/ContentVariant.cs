using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Content;

/// <summary>
/// One culture of a content item: its name, slug, full URL path and workflow state, and which version is
/// the draft and which (if any) is live. The site and item key are copied here so public reads need no join.
/// </summary>
public sealed class ContentVariant
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public Guid ItemKey { get; set; }

    public int SiteId { get; set; }

    public required string Culture { get; set; }

    public required string Name { get; set; }

    public required string Slug { get; set; }

    /// <summary>Path below the site's culture root: <c>/</c> for home, <c>/news/flood-relief</c> for an article.</summary>
    public required string UrlPath { get; set; }

    public ContentState State { get; set; }

    public long? DraftVersionId { get; set; }

    public long? PublishedVersionId { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset UpdateDate { get; set; }

    /// <summary>Optimistic concurrency: a save based on an older number is refused (409), never silently applied.</summary>
    public int Revision { get; set; }
}

internal sealed class ContentVariantConfiguration : IEntityTypeConfiguration<ContentVariant>
{
    public void Configure(EntityTypeBuilder<ContentVariant> builder)
    {
        builder.ToTable("content_variants");
        builder.HasIndex(v => new { v.ItemId, v.Culture }).IsUnique();
        builder.HasIndex(v => new { v.SiteId, v.Culture, v.UrlPath }).IsUnique();
        builder.HasIndex(v => v.ItemKey);
        builder.Property(v => v.Culture).HasMaxLength(16);
        builder.Property(v => v.Name).HasMaxLength(500);
        builder.Property(v => v.Slug).HasMaxLength(200);
        builder.Property(v => v.UrlPath).HasMaxLength(1000);
        builder.Property(v => v.Revision).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Content;

/// <summary>An immutable snapshot of one culture of an item. Nothing updates a version; a rollback writes a new one.</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public int ItemId { get; set; }

    public required string Culture { get; set; }

    public int Number { get; set; }

    public required string Name { get; set; }

    /// <summary>Property values as a JSON object keyed by property alias; rich text already sanitized.</summary>
    public required string Values { get; set; }

    public string? AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? Comment { get; set; }
}

internal sealed class ContentVersionConfiguration : IEntityTypeConfiguration<ContentVersion>
{
    public void Configure(EntityTypeBuilder<ContentVersion> builder)
    {
        builder.ToTable("content_versions");
        builder.HasIndex(v => new { v.ItemId, v.Culture, v.Number }).IsUnique();
        builder.Property(v => v.Culture).HasMaxLength(16);
        builder.Property(v => v.Name).HasMaxLength(500);
        builder.Property(v => v.AuthorId).HasMaxLength(64);
        builder.Property(v => v.AuthorName).HasMaxLength(200);
        builder.Property(v => v.Comment).HasMaxLength(2000);
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

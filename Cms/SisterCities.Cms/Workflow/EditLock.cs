using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// "Someone else is editing this": advisory and expiring. It warns, it does not block; optimistic concurrency
/// (the variant's revision) is what guarantees that no save silently overwrites another.
/// </summary>
public sealed class EditLock
{
    public int Id { get; set; }

    public int ItemId { get; set; }

    public required string Culture { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class EditLockConfiguration : IEntityTypeConfiguration<EditLock>
{
    public void Configure(EntityTypeBuilder<EditLock> builder)
    {
        builder.ToTable("content_edit_locks");
        builder.HasIndex(l => new { l.ItemId, l.Culture }).IsUnique();
        builder.Property(l => l.Culture).HasMaxLength(16);
        builder.Property(l => l.UserId).HasMaxLength(64);
        builder.Property(l => l.UserName).HasMaxLength(200);
        builder.HasOne<Content.ContentItem>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Data;

/// <summary>One row of the change feed (the outbox). <see cref="Seq"/> only grows.</summary>
public sealed class ChangeFeedEntry
{
    public long Seq { get; set; }

    public required string Entity { get; set; }

    public required string EntityId { get; set; }

    public required string Change { get; set; }

    public int? SiteId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

public static class FeedChanges
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Published = "published";
    public const string Unpublished = "unpublished";
}

internal sealed class ChangeFeedEntryConfiguration : IEntityTypeConfiguration<ChangeFeedEntry>
{
    public void Configure(EntityTypeBuilder<ChangeFeedEntry> builder)
    {
        builder.ToTable("change_feed");
        builder.HasKey(e => e.Seq);
        builder.Property(e => e.Seq).ValueGeneratedOnAdd();
        builder.Property(e => e.Entity).HasMaxLength(64);
        builder.Property(e => e.EntityId).HasMaxLength(128);
        builder.Property(e => e.Change).HasMaxLength(32);
    }
}

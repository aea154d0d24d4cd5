using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Workflow;

/// <summary>A publish or unpublish due at a UTC instant. <see cref="DoneAt"/> makes running it twice harmless.</summary>
public sealed class ScheduledAction
{
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";

    public int Id { get; set; }

    public Guid ItemKey { get; set; }

    public int SiteId { get; set; }

    public required string Culture { get; set; }

    /// <summary><see cref="Publish"/> or <see cref="Unpublish"/>.</summary>
    public required string Action { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public string? RequestedById { get; set; }

    public required string RequestedByName { get; set; }

    public DateTimeOffset? DoneAt { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? Error { get; set; }
}

internal sealed class ScheduledActionConfiguration : IEntityTypeConfiguration<ScheduledAction>
{
    public void Configure(EntityTypeBuilder<ScheduledAction> builder)
    {
        builder.ToTable("content_schedule");
        builder.HasIndex(s => new { s.DoneAt, s.DueAt });
        builder.HasIndex(s => s.ItemKey);
        builder.Property(s => s.Culture).HasMaxLength(16);
        builder.Property(s => s.Action).HasMaxLength(16);
        builder.Property(s => s.RequestedById).HasMaxLength(64);
        builder.Property(s => s.RequestedByName).HasMaxLength(200);
        builder.Property(s => s.Error).HasMaxLength(2000);
    }
}

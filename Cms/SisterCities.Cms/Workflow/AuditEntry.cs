using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// One row of the append-only audit log: who changed the state of what, or whose permissions changed.
/// Written in the same transaction as the change; nothing in the CMS updates or deletes these rows.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The site the change belongs to; null for network-wide changes (granting NetworkAdmin).</summary>
    public int? SiteId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>What was changed: a content key, a user id, an alert key.</summary>
    public required string Subject { get; set; }

    public string? Culture { get; set; }

    /// <summary>Human-readable detail: the reject comment, the granted role, the scheduled time.</summary>
    public string? Detail { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasIndex(a => new { a.SiteId, a.Id });
        builder.HasIndex(a => a.Subject);
        builder.Property(a => a.ActorId).HasMaxLength(64);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.Action).HasMaxLength(48);
        builder.Property(a => a.Subject).HasMaxLength(128);
        builder.Property(a => a.Culture).HasMaxLength(16);
        builder.Property(a => a.Detail).HasMaxLength(2000);
    }
}

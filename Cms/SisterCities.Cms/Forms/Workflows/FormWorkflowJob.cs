using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>
/// An outbox row: written in the same transaction as its entry, run later by <see cref="FormWorkflowRunner"/>.
/// <see cref="LockedUntil"/> is a lease so two nodes never run the same job at once.
/// </summary>
public sealed class FormWorkflowJob
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public WorkflowKind Kind { get; set; }

    public WorkflowJobState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class FormWorkflowJobConfiguration : IEntityTypeConfiguration<FormWorkflowJob>
{
    public void Configure(EntityTypeBuilder<FormWorkflowJob> builder)
    {
        builder.ToTable("form_workflow_jobs");
        builder.HasIndex(j => new { j.State, j.NextAttemptAt });
        builder.HasIndex(j => j.EntryId);
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.HasOne<FormEntry>().WithMany().HasForeignKey(j => j.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Forms.Entries;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>The per-entry log: one row for every attempt of every workflow, successful or not.</summary>
public sealed class FormWorkflowAttempt
{
    public long Id { get; set; }

    public long JobId { get; set; }

    public Guid EntryId { get; set; }

    public WorkflowKind Kind { get; set; }

    public int Number { get; set; }

    public bool Succeeded { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset At { get; set; }
}

internal sealed class FormWorkflowAttemptConfiguration : IEntityTypeConfiguration<FormWorkflowAttempt>
{
    public void Configure(EntityTypeBuilder<FormWorkflowAttempt> builder)
    {
        builder.ToTable("form_workflow_attempts");
        builder.HasIndex(a => a.EntryId);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Message).HasMaxLength(2000);
        builder.HasOne<FormEntry>().WithMany().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FormWorkflowJob>().WithMany().HasForeignKey(a => a.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

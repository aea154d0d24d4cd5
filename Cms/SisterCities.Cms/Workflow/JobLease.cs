using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// Which node runs a background job until when. A node takes the lease with one conditional UPDATE
/// (free or expired, or already its own), so with several nodes exactly one wins each round.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }

    public string? Holder { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("job_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(128);
    }
}

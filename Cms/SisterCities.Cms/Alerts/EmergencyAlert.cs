using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Alerts;

/// <summary>
/// An air-raid, water-outage or similar notice shown as a banner on every page of its sites until it expires
/// or is withdrawn. <see cref="AllSites"/> targets the whole network; otherwise <see cref="Sites"/> lists them.
/// </summary>
public sealed class EmergencyAlert : IFeedTracked
{
    public const string FeedEntityName = "alert";

    public int Id { get; set; }

    public Guid Key { get; set; }

    public AlertSeverity Severity { get; set; }

    public required string MessageUk { get; set; }

    public required string MessageEn { get; set; }

    public bool AllSites { get; set; }

    public List<EmergencyAlertSite> Sites { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? CreatedById { get; set; }

    public required string CreatedByName { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => AllSites || Sites.Count != 1 ? null : Sites[0].SiteId;
}

internal sealed class EmergencyAlertConfiguration : IEntityTypeConfiguration<EmergencyAlert>
{
    public void Configure(EntityTypeBuilder<EmergencyAlert> builder)
    {
        builder.ToTable("alerts");
        builder.HasIndex(a => a.Key).IsUnique();
        builder.HasIndex(a => a.ExpiresAt);
        builder.Property(a => a.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.MessageUk).HasMaxLength(1000);
        builder.Property(a => a.MessageEn).HasMaxLength(1000);
        builder.Property(a => a.CreatedById).HasMaxLength(64);
        builder.Property(a => a.CreatedByName).HasMaxLength(200);
        builder.HasMany(a => a.Sites).WithOne().HasForeignKey(s => s.AlertId).OnDelete(DeleteBehavior.Cascade);
    }
}

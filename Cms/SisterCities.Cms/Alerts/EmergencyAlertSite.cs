using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Alerts;

/// <summary>One site an alert is shown on.</summary>
public sealed class EmergencyAlertSite
{
    public int AlertId { get; set; }

    public int SiteId { get; set; }
}

internal sealed class EmergencyAlertSiteConfiguration : IEntityTypeConfiguration<EmergencyAlertSite>
{
    public void Configure(EntityTypeBuilder<EmergencyAlertSite> builder)
    {
        builder.ToTable("alert_sites");
        builder.HasKey(s => new { s.AlertId, s.SiteId });
        builder.HasIndex(s => s.SiteId);
        builder.HasOne<Site>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

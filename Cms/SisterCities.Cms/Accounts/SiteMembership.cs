using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Accounts;

/// <summary>A user's role on one site; one row per user and site (roles are cumulative, see <see cref="SiteRole"/>).</summary>
public sealed class SiteMembership
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public int SiteId { get; set; }

    public SiteRole Role { get; set; }

    public DateTimeOffset GrantedAt { get; set; }
}

internal sealed class SiteMembershipConfiguration : IEntityTypeConfiguration<SiteMembership>
{
    public void Configure(EntityTypeBuilder<SiteMembership> builder)
    {
        builder.ToTable("site_memberships");
        builder.HasIndex(m => new { m.UserId, m.SiteId }).IsUnique();
        builder.HasIndex(m => m.SiteId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<CmsUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

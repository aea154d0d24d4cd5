using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Sites;

/// <summary>A host name bound to a site (<c>lviv.localhost</c>, <c>lviv.gov.ua</c>). A host belongs to one site only.</summary>
public sealed class SiteHostname
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>Lower-case host without port.</summary>
    public required string Hostname { get; set; }
}

internal sealed class SiteHostnameConfiguration : IEntityTypeConfiguration<SiteHostname>
{
    public void Configure(EntityTypeBuilder<SiteHostname> builder)
    {
        builder.ToTable("site_hostnames");
        builder.Property(h => h.Hostname).HasMaxLength(253);
        builder.HasIndex(h => h.Hostname).IsUnique();
    }
}

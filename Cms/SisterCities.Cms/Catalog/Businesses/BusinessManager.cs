using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>An account that may act for a business. The user id belongs to the identity store, hence a plain string.</summary>
public sealed class BusinessManager
{
    public Guid BusinessId { get; set; }

    public required string UserId { get; set; }

    public BusinessManagerRole Role { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

internal sealed class BusinessManagerConfiguration : IEntityTypeConfiguration<BusinessManager>
{
    public void Configure(EntityTypeBuilder<BusinessManager> builder)
    {
        builder.ToTable("catalog_business_managers");
        builder.HasKey(m => new { m.BusinessId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
    }
}

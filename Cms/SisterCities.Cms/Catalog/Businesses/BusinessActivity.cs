using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// One KVED division a business works in, with its section stored beside it so "activity = J" and
/// "activity = 62" are both plain indexed comparisons on either database.
/// </summary>
public sealed class BusinessActivity
{
    public Guid BusinessId { get; set; }

    public required string Division { get; set; }

    public required string Section { get; set; }

    /// <summary>The first code the business chose: its main activity.</summary>
    public bool IsPrimary { get; set; }
}

internal sealed class BusinessActivityConfiguration : IEntityTypeConfiguration<BusinessActivity>
{
    public void Configure(EntityTypeBuilder<BusinessActivity> builder)
    {
        builder.ToTable("catalog_business_activities");
        builder.HasKey(a => new { a.BusinessId, a.Division });
        builder.HasIndex(a => a.Section);
        builder.HasIndex(a => a.Division);
        builder.Property(a => a.Division).HasMaxLength(8);
        builder.Property(a => a.Section).HasMaxLength(1);
    }
}

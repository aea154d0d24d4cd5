using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Partnerships;

/// <summary>A city abroad that partners with municipalities of the network.</summary>
public sealed class PartnerCity : IFeedTracked
{
    public const string FeedEntityName = "partnerCity";

    public int Id { get; set; }

    public Guid Key { get; set; }

    /// <summary>The name as the city writes it (Kraków, München).</summary>
    public required string NameNative { get; set; }

    public required string NameEn { get; set; }

    public string? NameUk { get; set; }

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public required string CountryCode { get; set; }

    public string? Region { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Website { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => null;
}

internal sealed class PartnerCityConfiguration : IEntityTypeConfiguration<PartnerCity>
{
    public void Configure(EntityTypeBuilder<PartnerCity> builder)
    {
        builder.ToTable("partner_cities");
        builder.HasIndex(c => c.Key).IsUnique();
        builder.HasIndex(c => new { c.CountryCode, c.NameEn }).IsUnique();
        builder.Property(c => c.NameNative).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.NameUk).HasMaxLength(200);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.Region).HasMaxLength(200);
        builder.Property(c => c.Website).HasMaxLength(500);
    }
}

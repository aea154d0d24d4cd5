using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships;

/// <summary>
/// A tie between a Ukrainian site and a city abroad, or between two sites of the network.
/// Exactly one of <see cref="PartnerCityId"/> and <see cref="PartnerSiteId"/> is set.
/// </summary>
public sealed class Partnership : IFeedTracked
{
    public const string FeedEntityName = "partnership";

    public int Id { get; set; }

    public Guid Key { get; set; }

    public int SiteId { get; set; }

    public int? PartnerCityId { get; set; }

    public int? PartnerSiteId { get; set; }

    public PartnershipStatus Status { get; set; }

    /// <summary>The year the tie was made, where a source states it.</summary>
    public int? SinceYear { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public List<string> Areas { get; set; } = [];

    public string? DescriptionUk { get; set; }

    public string? DescriptionEn { get; set; }

    /// <summary>A public page that states the partnership (the import's <c>source_url</c>).</summary>
    public string? SourceUrl { get; set; }

    /// <summary>The signed agreement (a PDF in the media library).</summary>
    public Guid? AgreementMediaKey { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>News items (content keys of the site) that report on this partnership.</summary>
    public List<Guid> LinkedNewsKeys { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public PartnerCity? PartnerCity { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.ToTable("partnerships");
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.SiteId, p.PartnerCityId });
        builder.HasIndex(p => new { p.SiteId, p.PartnerSiteId });
        builder.Property(p => p.Areas).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>()).HasMaxLength(500);
        builder.Property(p => p.DescriptionUk).HasMaxLength(20_000);
        builder.Property(p => p.DescriptionEn).HasMaxLength(20_000);
        builder.Property(p => p.SourceUrl).HasMaxLength(1000);
        builder.Property(p => p.ContactName).HasMaxLength(200);
        builder.Property(p => p.ContactEmail).HasMaxLength(254);
        builder.Property(p => p.ContactPhone).HasMaxLength(50);
        builder.Property(p => p.LinkedNewsKeys).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>()).HasMaxLength(2000);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.PartnerSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.PartnerCity).WithMany().HasForeignKey(p => p.PartnerCityId).OnDelete(DeleteBehavior.Restrict);
    }
}

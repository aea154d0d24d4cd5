using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Businesses;

/// <summary>
/// A company in the network's catalog: Ukrainian (EDRPOU, a municipality of the network) or foreign
/// (registration number, country, city). Public only once <see cref="State"/> is <see cref="VerificationState.Verified"/>.
/// Contact e-mail and phone are for inquiries routed by the platform and never leave it in public output.
/// </summary>
public sealed class Business : IFeedTracked
{
    public const string FeedEntityName = "business";

    public Guid Id { get; set; }

    public required string LegalName { get; set; }

    public required string DisplayName { get; set; }

    /// <summary>Lower-cased legal and display names for the name filter (case-insensitive on both databases, Cyrillic included).</summary>
    public string SearchName { get; set; } = "";

    /// <summary>Texts per culture (<c>uk</c>, <c>en</c>, optionally a partner's language).</summary>
    public Dictionary<string, BusinessText> Texts { get; set; } = [];

    /// <summary>ISO 3166-1 alpha-2; <c>UA</c> requires <see cref="Edrpou"/> and <see cref="SiteId"/>.</summary>
    public required string CountryCode { get; set; }

    public string? Edrpou { get; set; }

    public string? ForeignRegistrationNumber { get; set; }

    /// <summary>The network site (hromada) the business is in; null for foreign businesses.</summary>
    public int? SiteId { get; set; }

    public string? ForeignCity { get; set; }

    public string? Address { get; set; }

    public string? Website { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public BusinessSizeBand SizeBand { get; set; }

    public int? FoundedYear { get; set; }

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the business sells to.</summary>
    public List<string> ExportMarkets { get; set; } = [];

    /// <summary>Kept in step with <see cref="ExportMarkets"/> so "export-ready" filters in SQL.</summary>
    public bool IsExporting { get; set; }

    public List<string> Certifications { get; set; } = [];

    public Guid? LogoMediaKey { get; set; }

    public List<BusinessActivity> Activities { get; set; } = [];

    public List<BusinessManager> Managers { get; set; } = [];

    public VerificationState State { get; set; }

    /// <summary>Why it was rejected or suspended, shown to its managers.</summary>
    public string? StateReason { get; set; }

    public string? StateChangedBy { get; set; }

    public DateTimeOffset? StateChangedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsPublic => State == VerificationState.Verified;

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Id.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class BusinessConfiguration : IEntityTypeConfiguration<Business>
{
    public void Configure(EntityTypeBuilder<Business> builder)
    {
        builder.ToTable("catalog_businesses");
        builder.HasIndex(b => b.Edrpou).IsUnique();
        builder.HasIndex(b => new { b.State, b.CountryCode });
        builder.HasIndex(b => b.SiteId);
        builder.HasIndex(b => new { b.CreatedBy, b.CreatedAt });
        builder.Property(b => b.LegalName).HasMaxLength(CatalogText.NameMax);
        builder.Property(b => b.DisplayName).HasMaxLength(CatalogText.NameMax);
        builder.Property(b => b.SearchName).HasMaxLength(2 * CatalogText.NameMax + 1);
        builder.Property(b => b.CountryCode).HasMaxLength(2);
        builder.Property(b => b.Edrpou).HasMaxLength(8);
        builder.Property(b => b.ForeignRegistrationNumber).HasMaxLength(64);
        builder.Property(b => b.ForeignCity).HasMaxLength(CatalogText.NameMax);
        builder.Property(b => b.Address).HasMaxLength(CatalogText.ShortMax);
        builder.Property(b => b.Website).HasMaxLength(CatalogText.ShortMax);
        builder.Property(b => b.ContactEmail).HasMaxLength(CatalogText.EmailMax);
        builder.Property(b => b.ContactPhone).HasMaxLength(32);
        builder.Property(b => b.SizeBand).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.StateReason).HasMaxLength(CatalogText.ReasonMax);
        builder.Property(b => b.StateChangedBy).HasMaxLength(450);
        builder.Property(b => b.CreatedBy).HasMaxLength(450);
        builder.Property(b => b.Texts).HasConversion(JsonColumn.Converter<Dictionary<string, BusinessText>>(), JsonColumn.Comparer<Dictionary<string, BusinessText>>());
        builder.Property(b => b.ExportMarkets).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        builder.Property(b => b.Certifications).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        builder.Ignore(b => b.IsPublic);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(b => b.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Activities).WithOne().HasForeignKey(a => a.BusinessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Managers).WithOne().HasForeignKey(m => m.BusinessId).OnDelete(DeleteBehavior.Cascade);
    }
}

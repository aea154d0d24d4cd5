using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Projects;

/// <summary>An investment opportunity owned by a business or by a municipality (a site) of the network.</summary>
public sealed class InvestmentProject : IFeedTracked
{
    public const string FeedEntityName = "project";

    public Guid Id { get; set; }

    /// <summary>Set when a business owns the project; exactly one of this and <see cref="OwnerSiteId"/> is set.</summary>
    public Guid? BusinessId { get; set; }

    /// <summary>Set when a municipality owns the project.</summary>
    public int? OwnerSiteId { get; set; }

    public Dictionary<string, ProjectText> Texts { get; set; } = [];

    /// <summary>KVED section letter.</summary>
    public required string Sector { get; set; }

    /// <summary>The network site the project is located in.</summary>
    public int? LocationSiteId { get; set; }

    public decimal? AmountSought { get; set; }

    /// <summary>ISO 4217.</summary>
    public string? Currency { get; set; }

    public ProjectStage Stage { get; set; }

    public List<Guid> Documents { get; set; } = [];

    public ProjectContact Contact { get; set; } = new();

    public ProjectStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static bool IsPublicStatus(ProjectStatus status) => status is ProjectStatus.Open or ProjectStatus.Funded;

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Id.ToString();

    int? IFeedTracked.FeedSiteId => LocationSiteId ?? OwnerSiteId;
}

internal sealed class InvestmentProjectConfiguration : IEntityTypeConfiguration<InvestmentProject>
{
    public void Configure(EntityTypeBuilder<InvestmentProject> builder)
    {
        builder.ToTable("catalog_projects");
        builder.HasIndex(p => new { p.Status, p.Sector });
        builder.HasIndex(p => p.BusinessId);
        builder.HasIndex(p => p.LocationSiteId);
        builder.Property(p => p.Sector).HasMaxLength(1);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.AmountSought).HasPrecision(18, 2);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Texts).HasConversion(JsonColumn.Converter<Dictionary<string, ProjectText>>(), JsonColumn.Comparer<Dictionary<string, ProjectText>>());
        builder.Property(p => p.Documents).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        builder.Property(p => p.Contact).HasConversion(JsonColumn.Converter<ProjectContact>(), JsonColumn.Comparer<ProjectContact>());
        builder.HasOne<Businesses.Business>().WithMany().HasForeignKey(p => p.BusinessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(p => p.OwnerSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(p => p.LocationSiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

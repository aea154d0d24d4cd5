using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites;

/// <summary>A municipality (hromada) of the network, with its own content tree, hostnames, cultures and theme.</summary>
public sealed class Site : IFeedTracked
{
    public const string FeedEntityName = "site";

    public int Id { get; set; }

    /// <summary>URL-safe key from the official transliteration of the centre's name: <c>lviv</c>, <c>kharkiv</c>.</summary>
    public required string Key { get; set; }

    public required string NameUk { get; set; }

    public required string NameEn { get; set; }

    /// <summary>KATOTTG code of the hromada (level 3), e.g. UA46060250000025047 for Lviv.</summary>
    public string? KatottgCode { get; set; }

    /// <summary>The hromada's own name as the codifier gives it (an adjective: <c>Львівська</c>); null for Kyiv and hand-made sites.</summary>
    public string? HromadaNameUk { get; set; }

    public string? OblastCode { get; set; }

    public string? OblastNameUk { get; set; }

    public string? OblastNameEn { get; set; }

    public int? Population { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    /// <summary>Comma-separated culture codes the site publishes in; the first is the default.</summary>
    public string Cultures { get; set; } = "uk,en";

    public string Theme { get; set; } = "Default";

    /// <summary>Theme settings (primary colour, coat of arms, logo, footer text) as JSON; see <c>ThemeSettings.SiteThemeSettings</c>, validated by <c>ThemeSettingsWriter</c>.</summary>
    public string ThemeSettings { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }

    public List<SiteHostname> Hostnames { get; set; } = [];

    public string DefaultCulture => CultureList[0];

    public IReadOnlyList<string> CultureList =>
        Cultures.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool HasCulture(string culture) => CultureList.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public string NameIn(string culture) => culture == "uk" ? NameUk : NameEn;

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key;

    int? IFeedTracked.FeedSiteId => Id == 0 ? null : Id;
}

internal sealed class SiteConfiguration : IEntityTypeConfiguration<Site>
{
    public void Configure(EntityTypeBuilder<Site> builder)
    {
        builder.ToTable("sites");
        builder.HasIndex(s => s.Key).IsUnique();
        builder.HasIndex(s => s.KatottgCode).IsUnique();
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.NameUk).HasMaxLength(200);
        builder.Property(s => s.NameEn).HasMaxLength(200);
        builder.Property(s => s.KatottgCode).HasMaxLength(19);
        builder.Property(s => s.OblastCode).HasMaxLength(19);
        builder.Property(s => s.HromadaNameUk).HasMaxLength(200);
        builder.Property(s => s.OblastNameUk).HasMaxLength(200);
        builder.Property(s => s.OblastNameEn).HasMaxLength(200);
        builder.Property(s => s.Cultures).HasMaxLength(100);
        builder.Property(s => s.Theme).HasMaxLength(64);
        builder.Ignore(s => s.CultureList);
        builder.Ignore(s => s.DefaultCulture);
        builder.HasMany(s => s.Hostnames).WithOne().HasForeignKey(h => h.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

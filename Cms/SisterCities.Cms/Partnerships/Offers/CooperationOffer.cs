using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Offers;

/// <summary>
/// What a municipality (or a business) offers or seeks: experience exchange, training, a joint project,
/// trade, investment. Municipalities looking for partners publish such requests; they expire.
/// </summary>
public sealed class CooperationOffer : IFeedTracked
{
    public const string FeedEntityName = "offer";

    public int Id { get; set; }

    public Guid Key { get; set; }

    public OfferDirection Direction { get; set; }

    public required string Topic { get; set; }

    public required string Area { get; set; }

    public int? SiteId { get; set; }

    /// <summary>Set when a business of the catalog posts the offer.</summary>
    public Guid? BusinessKey { get; set; }

    public required string TitleUk { get; set; }

    public required string TitleEn { get; set; }

    public string? DescriptionUk { get; set; }

    public string? DescriptionEn { get; set; }

    public DateOnly ExpiresOn { get; set; }

    public bool Published { get; set; }

    /// <summary>Set when the owner takes the offer back; a withdrawn offer is never public again.</summary>
    public DateTimeOffset? WithdrawnAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

public enum OfferDirection
{
    Offer = 0,
    Request = 1,
}

public static class OfferTopics
{
    public static readonly IReadOnlyDictionary<string, (string Uk, string En)> All = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["experienceExchange"] = ("Обмін досвідом", "Experience exchange"),
        ["training"] = ("Навчання", "Training"),
        ["jointProject"] = ("Спільний проєкт", "Joint project"),
        ["trade"] = ("Торгівля", "Trade"),
        ["investment"] = ("Інвестиції", "Investment"),
    };
}

internal sealed class CooperationOfferConfiguration : IEntityTypeConfiguration<CooperationOffer>
{
    public void Configure(EntityTypeBuilder<CooperationOffer> builder)
    {
        builder.ToTable("cooperation_offers");
        builder.HasIndex(o => o.Key).IsUnique();
        builder.HasIndex(o => new { o.Published, o.ExpiresOn });
        builder.Property(o => o.Topic).HasMaxLength(32);
        builder.Property(o => o.Area).HasMaxLength(32);
        builder.Property(o => o.TitleUk).HasMaxLength(300);
        builder.Property(o => o.TitleEn).HasMaxLength(300);
        builder.Property(o => o.DescriptionUk).HasMaxLength(20_000);
        builder.Property(o => o.DescriptionEn).HasMaxLength(20_000);
        builder.HasOne<Site>().WithMany().HasForeignKey(o => o.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

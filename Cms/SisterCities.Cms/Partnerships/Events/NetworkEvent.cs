using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;

namespace SisterCities.Cms.Partnerships.Events;

/// <summary>
/// A trade mission, business forum or promotional tour stop. Times are stored in UTC and shown in
/// Europe/Kyiv; the place is a site of the network or a partner city abroad (or free text for a venue).
/// </summary>
public sealed class NetworkEvent : IFeedTracked
{
    public const string FeedEntityName = "event";

    public int Id { get; set; }

    public Guid Key { get; set; }

    public required string Kind { get; set; }

    public required string TitleUk { get; set; }

    public required string TitleEn { get; set; }

    public string? DescriptionUk { get; set; }

    public string? DescriptionEn { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The organising site; null for a network-wide event organised by the hub.</summary>
    public int? HostSiteId { get; set; }

    public int? PlaceSiteId { get; set; }

    public int? PlacePartnerCityId { get; set; }

    public string? Venue { get; set; }

    public List<int> LinkedSiteIds { get; set; } = [];

    public List<Guid> LinkedBusinessKeys { get; set; } = [];

    public List<Guid> LinkedProjectKeys { get; set; } = [];

    public string? RegistrationUrl { get; set; }

    /// <summary>The form (Forms feature) visitors register with, when registration runs through the CMS.</summary>
    public Guid? RegistrationFormKey { get; set; }

    public bool Published { get; set; }

    /// <summary>
    /// Set when the organiser calls the event off: a published event stays public marked as cancelled (pages, API,
    /// search, and the .ics feeds with <c>STATUS:CANCELLED</c> for <see cref="EventCancellation.FeedRetention"/> after
    /// its end) and cannot be changed again.
    /// </summary>
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>Why it was called off, as the organiser typed it (plain text, at most <see cref="EventCancellation.ReasonMax"/> characters); optional.</summary>
    public string? CancellationReason { get; set; }

    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => HostSiteId;
}

public static class EventKinds
{
    public static readonly IReadOnlyDictionary<string, (string Uk, string En)> All = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["tradeMission"] = ("Торговельна місія", "Trade mission"),
        ["businessForum"] = ("Бізнес-форум", "Business forum"),
        ["promotionalTour"] = ("Промотур", "Promotional tour"),
        ["twinningVisit"] = ("Візит міст-побратимів", "Twinning visit"),
        ["conference"] = ("Конференція", "Conference"),
    };
}

internal sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> builder)
    {
        builder.ToTable("network_events");
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => e.StartsAt);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.TitleUk).HasMaxLength(300);
        builder.Property(e => e.TitleEn).HasMaxLength(300);
        builder.Property(e => e.DescriptionUk).HasMaxLength(20_000);
        builder.Property(e => e.DescriptionEn).HasMaxLength(20_000);
        builder.Property(e => e.Venue).HasMaxLength(300);
        builder.Property(e => e.RegistrationUrl).HasMaxLength(1000);
        builder.Property(e => e.CancellationReason).HasMaxLength(EventCancellation.ReasonMax);
        builder.Property(e => e.LinkedSiteIds).HasConversion(JsonColumn.Converter<List<int>>(), JsonColumn.Comparer<List<int>>());
        builder.Property(e => e.LinkedBusinessKeys).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        builder.Property(e => e.LinkedProjectKeys).HasConversion(JsonColumn.Converter<List<Guid>>(), JsonColumn.Comparer<List<Guid>>());
        builder.HasOne<Site>().WithMany().HasForeignKey(e => e.HostSiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(e => e.PlaceSiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerCity>().WithMany().HasForeignKey(e => e.PlacePartnerCityId).OnDelete(DeleteBehavior.Restrict);
    }
}

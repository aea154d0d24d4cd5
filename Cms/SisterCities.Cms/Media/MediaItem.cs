using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Media;

/// <summary>
/// One file of the media library: an image re-encoded on upload (no metadata survives) or a PDF.
/// The stored bytes live in <see cref="IMediaStore"/> under a content address; this row holds what the library shows.
/// </summary>
public sealed class MediaItem : IFeedTracked
{
    public const string FeedEntityName = "media";

    public int Id { get; set; }

    /// <summary>The public identifier, used in rendition URLs and the Delivery API.</summary>
    public Guid Key { get; set; }

    /// <summary>The site whose folder holds the item; null for the shared network folder.</summary>
    public int? SiteId { get; set; }

    /// <summary>A folder inside the site (or network) library, e.g. <c>events/2026</c>; empty for the top level.</summary>
    public string Folder { get; set; } = "";

    /// <summary>The sanitized display name; never used to build a path on disk.</summary>
    public required string FileName { get; set; }

    /// <summary>The file name lower-cased in .NET (SQLite's lower() folds ASCII only, so Cyrillic search needs this).</summary>
    public string SearchName { get; set; } = "";

    /// <summary>Decided from the bytes, one of <see cref="MediaFormats"/>.</summary>
    public required string ContentType { get; set; }

    public long Bytes { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the uploaded bytes: identical uploads share one stored file.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Where the stored (re-encoded) bytes are in the media store.</summary>
    public required string StoragePath { get; set; }

    /// <summary>Focal point as fractions of width and height (0..1), used by crops; null means the centre.</summary>
    public double? FocalLeft { get; set; }

    public double? FocalTop { get; set; }

    public string? AltUk { get; set; }

    public string? AltEn { get; set; }

    /// <summary>Bumped when anything that changes renditions changes (the focal point), so cached URLs stay immutable.</summary>
    public int Revision { get; set; } = 1;

    public string? CreatedById { get; set; }

    public required string CreatedByName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsImage => MediaFormats.IsImage(ContentType);

    /// <summary>The version segment of public URLs: changes whenever a rendition would change.</summary>
    public string UrlVersion => $"{Sha256[..12]}-{Revision}";

    /// <summary>An image needs alt text in every required culture before a public page may show it (WCAG 1.1.1).</summary>
    public bool IsUsableOnPublicPage => PublicUseProblems().Count == 0;

    public IReadOnlyList<string> PublicUseProblems()
    {
        var problems = new List<string>();
        if (!IsImage)
        {
            return problems;
        }

        if (string.IsNullOrWhiteSpace(AltUk))
        {
            problems.Add("altText.uk is required before the image can be used on a public page.");
        }

        if (string.IsNullOrWhiteSpace(AltEn))
        {
            problems.Add("altText.en is required before the image can be used on a public page.");
        }

        return problems;
    }

    public string? AltText(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? AltEn : AltUk;

    string IFeedTracked.FeedEntity => FeedEntityName;

    string IFeedTracked.FeedId => Key.ToString();

    int? IFeedTracked.FeedSiteId => SiteId;
}

internal sealed class MediaItemConfiguration : IEntityTypeConfiguration<MediaItem>
{
    public void Configure(EntityTypeBuilder<MediaItem> builder)
    {
        builder.ToTable("media_items");
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.SiteId, m.Folder, m.FileName });
        builder.HasIndex(m => m.Sha256);
        builder.Property(m => m.Folder).HasMaxLength(200);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.SearchName).HasMaxLength(200);
        builder.Property(m => m.ContentType).HasMaxLength(64);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.StoragePath).HasMaxLength(200);
        builder.Property(m => m.AltUk).HasMaxLength(MediaLimits.MaxAltTextLength);
        builder.Property(m => m.AltEn).HasMaxLength(MediaLimits.MaxAltTextLength);
        builder.Property(m => m.CreatedById).HasMaxLength(64);
        builder.Property(m => m.CreatedByName).HasMaxLength(200);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.Ignore(m => m.IsImage);
        builder.Ignore(m => m.UrlVersion);
        builder.Ignore(m => m.IsUsableOnPublicPage);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(m => m.SiteId).OnDelete(DeleteBehavior.Restrict);
    }
}

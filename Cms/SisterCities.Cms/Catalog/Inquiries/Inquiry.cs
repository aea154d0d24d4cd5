using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// A B2B message to a business or a project owner, sent through the platform so their addresses stay private.
/// The sender's IP is kept only as a keyed hash, for rate limits.
/// </summary>
public sealed class Inquiry
{
    public Guid Id { get; set; }

    public Guid? BusinessId { get; set; }

    public Guid? ProjectId { get; set; }

    /// <summary>The cooperation offer (its key) this message answers; see Partnerships/Offers/OfferAnswers.</summary>
    public Guid? OfferId { get; set; }

    public required string FromName { get; set; }

    /// <summary>Lower-cased, so the per-sender limit cannot be dodged by changing case.</summary>
    public required string FromEmail { get; set; }

    public string? FromOrganisation { get; set; }

    public string? FromCountry { get; set; }

    public required string Subject { get; set; }

    public required string Message { get; set; }

    /// <summary>The consent wording the sender agreed to, verbatim, and when.</summary>
    public required string ConsentText { get; set; }

    public DateTimeOffset ConsentedAt { get; set; }

    public required string SenderIpHash { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("catalog_inquiries");
        builder.HasIndex(i => new { i.FromEmail, i.CreatedAt });
        builder.HasIndex(i => new { i.SenderIpHash, i.CreatedAt });
        builder.HasIndex(i => new { i.BusinessId, i.CreatedAt });
        builder.HasIndex(i => new { i.ProjectId, i.CreatedAt });
        builder.HasIndex(i => new { i.OfferId, i.CreatedAt });
        builder.Property(i => i.FromName).HasMaxLength(CatalogText.NameMax);
        builder.Property(i => i.FromEmail).HasMaxLength(CatalogText.EmailMax);
        builder.Property(i => i.FromOrganisation).HasMaxLength(CatalogText.NameMax);
        builder.Property(i => i.FromCountry).HasMaxLength(2);
        builder.Property(i => i.Subject).HasMaxLength(CatalogText.NameMax);
        builder.Property(i => i.ConsentText).HasMaxLength(CatalogText.ReasonMax);
        builder.Property(i => i.SenderIpHash).HasMaxLength(64);
        builder.HasOne<Businesses.Business>().WithMany().HasForeignKey(i => i.BusinessId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Projects.InvestmentProject>().WithMany().HasForeignKey(i => i.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

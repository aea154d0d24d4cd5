using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Forms.Definitions;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>One submission: the answers as given, the version they answered, the consent shown, where and when.</summary>
public sealed class FormEntry
{
    public Guid Id { get; set; }

    public int FormId { get; set; }

    /// <summary>The <see cref="FormVersion.Number"/> the visitor answered; later edits of the form never change it.</summary>
    public int FormVersion { get; set; }

    public int? SiteId { get; set; }

    public required string Culture { get; set; }

    /// <summary>Answers keyed by field alias, as JSON (<c>{"email":["a@b.ua"]}</c>); file fields hold the file ids.</summary>
    public string Values { get; set; } = "{}";

    /// <summary>
    /// The answers lower-cased in .NET for the entries filter: SQLite's lower() folds only ASCII, so searching
    /// Ukrainian text case-insensitively needs the folding done before storing.
    /// </summary>
    public string SearchText { get; set; } = "";

    /// <summary>The consent statement exactly as shown, and when it was given; null when the form asks none.</summary>
    public string? ConsentText { get; set; }

    public DateTimeOffset? ConsentAt { get; set; }

    /// <summary>HMAC of the sender's IP: lets abuse be correlated without keeping addresses.</summary>
    public string? IpHash { get; set; }

    /// <summary>The one-time token of the rendered form (null for headless posts); unique, so a replay cannot make a second entry.</summary>
    public Guid? SubmissionToken { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool Handled { get; set; }

    public DateTimeOffset? HandledAt { get; set; }

    public string? HandledBy { get; set; }

    public List<FormEntryFile> Files { get; set; } = [];
}

internal sealed class FormEntryConfiguration : IEntityTypeConfiguration<FormEntry>
{
    public void Configure(EntityTypeBuilder<FormEntry> builder)
    {
        builder.ToTable("form_entries");
        builder.HasIndex(e => new { e.FormId, e.CreatedAt });
        builder.HasIndex(e => e.SubmissionToken).IsUnique();
        builder.Property(e => e.Culture).HasMaxLength(8);
        builder.Property(e => e.IpHash).HasMaxLength(64);
        builder.Property(e => e.HandledBy).HasMaxLength(200);
        builder.HasOne<FormDefinition>().WithMany().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Forms.Entries;

/// <summary>A file uploaded with an entry; the bytes live in the <see cref="Submissions.IFormFileStore"/> under <see cref="StorageKey"/>.</summary>
public sealed class FormEntryFile
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public required string FieldAlias { get; set; }

    /// <summary>The name the visitor's file had, for display only (never used as a path).</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Length { get; set; }

    public required string StorageKey { get; set; }
}

internal sealed class FormEntryFileConfiguration : IEntityTypeConfiguration<FormEntryFile>
{
    public void Configure(EntityTypeBuilder<FormEntryFile> builder)
    {
        builder.ToTable("form_entry_files");
        builder.Property(f => f.FieldAlias).HasMaxLength(64);
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.Property(f => f.StorageKey).HasMaxLength(100);
    }
}

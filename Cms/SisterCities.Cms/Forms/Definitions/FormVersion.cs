using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>One immutable version of a form's schema; rows are only ever added.</summary>
public sealed class FormVersion
{
    public int Id { get; set; }

    public int FormId { get; set; }

    public int Number { get; set; }

    public FormSchema Schema { get; set; } = new();

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> builder)
    {
        builder.ToTable("form_versions");
        builder.HasIndex(v => new { v.FormId, v.Number }).IsUnique();
        builder.Property(v => v.Schema).HasConversion(JsonColumn.Converter<FormSchema>(), JsonColumn.Comparer<FormSchema>());
        builder.HasOne<FormDefinition>().WithMany().HasForeignKey(v => v.FormId).OnDelete(DeleteBehavior.Cascade);
    }
}

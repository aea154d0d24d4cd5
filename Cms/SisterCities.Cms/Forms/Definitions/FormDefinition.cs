using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SisterCities.Cms.Forms.Definitions;

/// <summary>A form: its identity and owner. What it asks lives in immutable <see cref="FormVersion"/>s.</summary>
public sealed class FormDefinition
{
    public int Id { get; set; }

    /// <summary>The public id (Umbraco Forms uses a GUID too): in URLs, the headless API and the seed.</summary>
    public Guid Key { get; set; }

    /// <summary>The owning site; null for a network-wide form any site may show.</summary>
    public int? SiteId { get; set; }

    public required string Name { get; set; }

    /// <summary>The number of the version new visitors get.</summary>
    public int CurrentVersion { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class FormDefinitionConfiguration : IEntityTypeConfiguration<FormDefinition>
{
    public void Configure(EntityTypeBuilder<FormDefinition> builder)
    {
        builder.ToTable("forms");
        builder.HasIndex(f => f.Key).IsUnique();
        builder.HasIndex(f => f.SiteId);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.HasOne<Sites.Site>().WithMany().HasForeignKey(f => f.SiteId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Content;

/// <summary>A content type (Umbraco's document type) as data: its properties, and which types may sit below it.</summary>
public sealed class ContentType
{
    public int Id { get; set; }

    /// <summary>Camel-case alias, as in Umbraco: <c>newsArticle</c>.</summary>
    public required string Alias { get; set; }

    public required string NameUk { get; set; }

    public required string NameEn { get; set; }

    /// <summary>False for types whose values are the same in every culture.</summary>
    public bool VariesByCulture { get; set; } = true;

    /// <summary>True where an item of this type may be the root of a site tree.</summary>
    public bool AllowedAtRoot { get; set; }

    public List<string> AllowedChildren { get; set; } = [];

    public List<PropertyType> Properties { get; set; } = [];

    public PropertyType? Property(string alias) =>
        Properties.FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.Ordinal));
}

internal sealed class ContentTypeConfiguration : IEntityTypeConfiguration<ContentType>
{
    public void Configure(EntityTypeBuilder<ContentType> builder)
    {
        builder.ToTable("content_types");
        builder.HasIndex(t => t.Alias).IsUnique();
        builder.Property(t => t.Alias).HasMaxLength(64);
        builder.Property(t => t.NameUk).HasMaxLength(200);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.Property(t => t.AllowedChildren).HasConversion(JsonColumn.Converter<List<string>>(), JsonColumn.Comparer<List<string>>());
        builder.Property(t => t.Properties).HasConversion(JsonColumn.Converter<List<PropertyType>>(), JsonColumn.Comparer<List<PropertyType>>());
    }
}

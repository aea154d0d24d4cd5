namespace SisterCities.Cms.Delivery;

/// <summary>
/// One item in one culture at the version a request may see (published, or draft for preview): the shape every
/// query filters, sorts and pages in SQL before anything is loaded.
/// </summary>
internal sealed class DeliveryRow
{
    public int Id { get; init; }

    public Guid Key { get; init; }

    public int SiteId { get; init; }

    public int? ParentId { get; init; }

    public required string ContentType { get; init; }

    public int SortOrder { get; init; }

    public required string Path { get; init; }

    public int Level { get; init; }

    public DateTimeOffset CreateDate { get; init; }

    public DateTimeOffset UpdateDate { get; init; }

    public required string Name { get; init; }

    public required string UrlPath { get; init; }

    public required string Values { get; init; }

    /// <summary>
    /// Every declared property of this row, built once and then shared read-only by the responses that include
    /// it (snapshot rows live across requests); each response copies the dictionary before shaping it.
    /// </summary>
    public DeliveryBuiltProperties? Built { get; set; }
}

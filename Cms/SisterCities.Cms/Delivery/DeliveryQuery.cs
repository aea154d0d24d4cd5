namespace SisterCities.Cms.Delivery;

/// <summary>A parsed and validated <c>/content</c> query; every part is translated to SQL by <see cref="DeliveryQueryExecutor"/>.</summary>
internal sealed class DeliveryQuery
{
    public Fetch? FetchTarget { get; init; }

    public List<Filter> Filters { get; } = [];

    public List<Sort> Sorts { get; } = [];

    public int Skip { get; init; }

    public int Take { get; init; }

    public PropertySelection Fields { get; init; } = PropertySelection.All;

    public PropertySelection Expand { get; init; } = PropertySelection.None;

    internal enum FetchKind
    {
        Children,
        Descendants,
        Ancestors,
    }

    internal enum FilterField
    {
        ContentType,
        Name,
        CreateDate,
        UpdateDate,
        ParentId,
        Site,
    }

    internal enum Comparison
    {
        Is,
        GreaterThan,
        GreaterOrEqual,
        LessThan,
        LessOrEqual,
    }

    internal enum SortField
    {
        CreateDate,
        UpdateDate,
        Name,
        SortOrder,
        Level,
    }

    /// <summary>The item whose relatives are listed: by key, or by path within the scoped site.</summary>
    internal sealed record Fetch(FetchKind Kind, Guid? Key, string? Path);

    /// <summary>One <c>filter</c> value: values are OR-ed, separate filters AND-ed.</summary>
    internal sealed record Filter(FilterField Field, Comparison Comparison, bool Negate, IReadOnlyList<string> Values, DateTimeOffset Date);

    internal sealed record Sort(SortField Field, bool Descending);
}

using static SisterCities.Cms.Delivery.DeliveryQuery;

namespace SisterCities.Cms.Delivery;

/// <summary>
/// The <c>/content</c> grammar over one site's <see cref="DeliverySiteSnapshot"/>: the same fetch, filter, sort and
/// paging rules as the SQL translation in <see cref="DeliveryQueryExecutor"/>, item for item.
/// </summary>
internal static class DeliveryMemoryQuery
{
    /// <summary>Runs the query; <paramref name="siteFilterIds"/> holds the resolved ids of each <c>site:</c> filter, in order.</summary>
    public static DeliveryOutcome<MemoryPage> Run(
        DeliverySiteSnapshot snapshot, DeliveryQuery query, IReadOnlyList<HashSet<int>> siteFilterIds)
    {
        IEnumerable<DeliveryRow> rows = snapshot.Rows;
        var childrenTargetMissing = false;
        if (query.FetchTarget is { } fetch)
        {
            var target = fetch.Key is { } key ? snapshot.ByKey.GetValueOrDefault(key) : snapshot.ByPath.GetValueOrDefault(fetch.Path ?? "");
            if (fetch.Kind == FetchKind.Children)
            {
                childrenTargetMissing = target is null;
                rows = target is not null && snapshot.ByParent.TryGetValue(target.Id, out var children) ? children : [];
            }
            else if (target is null)
            {
                return DeliveryOutcome<MemoryPage>.Missing("fetch", "The fetch target does not exist in the requested site and culture.");
            }
            else if (fetch.Kind == FetchKind.Descendants)
            {
                rows = rows.Where(r => r.SiteId == target.SiteId && r.Path.StartsWith(target.Path, StringComparison.Ordinal) && r.Id != target.Id);
            }
            else
            {
                var ids = target.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != target.Id).ToHashSet();
                rows = rows.Where(r => r.SiteId == target.SiteId && ids.Contains(r.Id));
            }
        }

        var siteFilter = 0;
        foreach (var filter in query.Filters)
        {
            rows = Apply(rows, filter, snapshot, filter.Field == FilterField.Site ? siteFilterIds[siteFilter++] : null);
        }

        var matching = rows.ToList();
        if (matching.Count == 0 && childrenTargetMissing)
        {
            return DeliveryOutcome<MemoryPage>.Missing("fetch", "The fetch target does not exist in the requested site and culture.");
        }

        var page = query.Take == 0 ? [] : Sorted(matching, query.Sorts).Skip(query.Skip).Take(query.Take).ToList();
        return DeliveryOutcome<MemoryPage>.Ok(new MemoryPage(page, matching.Count));
    }

    private static IEnumerable<DeliveryRow> Apply(IEnumerable<DeliveryRow> rows, Filter filter, DeliverySiteSnapshot snapshot, HashSet<int>? siteIds)
    {
        var values = filter.Values;
        var date = filter.Date;
        switch (filter.Field)
        {
            case FilterField.ContentType:
                return rows.Where(r => values.Contains(r.ContentType, StringComparer.Ordinal) != filter.Negate);
            case FilterField.Name:
                var lowered = values.Select(v => v.ToLowerInvariant()).ToList();
                return rows.Where(r => lowered.Any(v => r.Name.ToLowerInvariant().Contains(v, StringComparison.Ordinal)) != filter.Negate);
            case FilterField.ParentId:
                var parentIds = values.Select(Guid.Parse).Where(snapshot.ItemIdsByKey.ContainsKey).Select(k => snapshot.ItemIdsByKey[k]).ToHashSet();
                return rows.Where(r => r.ParentId is { } parent && parentIds.Contains(parent));
            case FilterField.Site:
                return rows.Where(r => siteIds!.Contains(r.SiteId));
            case FilterField.CreateDate:
                return rows.Where(r => Compare(r.CreateDate, date, filter.Comparison));
            default:
                return rows.Where(r => Compare(r.UpdateDate, date, filter.Comparison));
        }
    }

    private static bool Compare(DateTimeOffset value, DateTimeOffset date, Comparison comparison) => comparison switch
    {
        Comparison.GreaterThan => value > date,
        Comparison.GreaterOrEqual => value >= date,
        Comparison.LessThan => value < date,
        _ => value <= date,
    };

    private static IEnumerable<DeliveryRow> Sorted(List<DeliveryRow> rows, List<Sort> sorts)
    {
        if (sorts.Count == 0)
        {
            return rows.OrderBy(r => r.Level).ThenBy(r => r.SortOrder).ThenBy(r => r.Id);
        }

        IOrderedEnumerable<DeliveryRow>? ordered = null;
        foreach (var sort in sorts)
        {
            ordered = sort.Field switch
            {
                SortField.CreateDate => Order(rows, ordered, r => r.CreateDate, Comparer<DateTimeOffset>.Default, sort.Descending),
                SortField.UpdateDate => Order(rows, ordered, r => r.UpdateDate, Comparer<DateTimeOffset>.Default, sort.Descending),
                SortField.Name => Order(rows, ordered, r => r.Name, StringComparer.Ordinal, sort.Descending),
                SortField.SortOrder => Order(rows, ordered, r => r.SortOrder, Comparer<int>.Default, sort.Descending),
                _ => Order(rows, ordered, r => r.Level, Comparer<int>.Default, sort.Descending),
            };
        }

        // The same stable tie-breaker as the SQL: pages never overlap when sort values repeat.
        return ordered!.ThenBy(r => r.Id);
    }

    private static IOrderedEnumerable<DeliveryRow> Order<TKey>(
        List<DeliveryRow> rows, IOrderedEnumerable<DeliveryRow>? ordered, Func<DeliveryRow, TKey> key, IComparer<TKey> comparer, bool descending) =>
        ordered is null
            ? descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer)
            : descending ? ordered.ThenByDescending(key, comparer) : ordered.ThenBy(key, comparer);

    internal sealed record MemoryPage(List<DeliveryRow> Page, long Total);
}

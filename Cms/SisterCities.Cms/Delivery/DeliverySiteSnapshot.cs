namespace SisterCities.Cms.Delivery;

/// <summary>One site's published items in one culture, with the lookups the Delivery queries need. Read-only once built.</summary>
internal sealed class DeliverySiteSnapshot
{
    public DeliverySiteSnapshot(List<DeliveryRow> rows, ILookup<int, (string Culture, string UrlPath)> cultures, Dictionary<Guid, int> itemIdsByKey)
    {
        Rows = rows;
        Cultures = cultures;
        ItemIdsByKey = itemIdsByKey;
        ByKey = rows.ToDictionary(r => r.Key);
        ByPath = new Dictionary<string, DeliveryRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            ByPath.TryAdd(row.UrlPath, row);
        }

        ByParent = rows.Where(r => r.ParentId is not null).GroupBy(r => r.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Published, not trashed items of the site in this culture.</summary>
    public IReadOnlyList<DeliveryRow> Rows { get; }

    /// <summary>Every published culture of each item, ordered by culture.</summary>
    public ILookup<int, (string Culture, string UrlPath)> Cultures { get; }

    /// <summary>Every item of the site by key, whatever its state (for <c>filter=parentId:</c>).</summary>
    public IReadOnlyDictionary<Guid, int> ItemIdsByKey { get; }

    public IReadOnlyDictionary<Guid, DeliveryRow> ByKey { get; }

    public Dictionary<string, DeliveryRow> ByPath { get; }

    public IReadOnlyDictionary<int, List<DeliveryRow>> ByParent { get; }
}

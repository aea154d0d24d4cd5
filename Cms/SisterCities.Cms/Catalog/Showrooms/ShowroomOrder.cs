namespace SisterCities.Cms.Catalog.Showrooms;

/// <summary>
/// The one display order of a showroom's items, used by the portal, the public page and the API alike. Sort order
/// first; creation time and id break ties, so rows written before the managers ever reordered (or two rows that
/// share a number after a delete) still come out the same way every time.
/// </summary>
public static class ShowroomOrder
{
    public static IOrderedQueryable<ShowroomItem> InDisplayOrder(this IQueryable<ShowroomItem> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id);

    /// <summary>
    /// <paramref name="list"/> with the element at <paramref name="index"/> swapped with its neighbour one step in
    /// <paramref name="direction"/>; unchanged at either end (moving the first item up is a harmless no-op).
    /// </summary>
    public static List<T> Moved<T>(IReadOnlyList<T> list, int index, MoveDirection direction)
    {
        ArgumentNullException.ThrowIfNull(list);
        var result = list.ToList();
        var other = index + (direction == MoveDirection.Up ? -1 : 1);
        if (index >= 0 && index < result.Count && other >= 0 && other < result.Count)
        {
            (result[index], result[other]) = (result[other], result[index]);
        }

        return result;
    }
}

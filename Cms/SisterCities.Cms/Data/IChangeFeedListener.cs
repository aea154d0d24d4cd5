namespace SisterCities.Cms.Data;

/// <summary>
/// An in-memory consumer of the feed (a cache, the site directory). Listeners start at the feed's head
/// when the process starts, since their state is built fresh; durable consumers such as the search index
/// keep their own position and read with <see cref="ChangeFeedReader"/>.
/// </summary>
public interface IChangeFeedListener
{
    Task OnChangesAsync(IReadOnlyList<ChangeFeedEntry> changes, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Search;

/// <summary>
/// What the live index holds of each entity's copied fields (<see cref="ISearchCopiedEntity"/>), remembered only
/// after the commit that wrote the dependents. In memory: after a restart the first change of each entity
/// re-indexes its dependents once. Forgotten when the live index folder changes (a rebuild read the names anew).
/// </summary>
internal sealed class SearchCopiedFieldsMemo
{
    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);
    private string? _folder;

    /// <summary>The triggers whose copied fields differ from what the index holds (or are unknown), and their current values.</summary>
    public async Task<(List<ChangeFeedEntry> Changed, Dictionary<string, string> Values)> ChangedAsync(
        List<ChangeFeedEntry> triggers, IReadOnlyDictionary<string, ISearchCopiedEntity> copied, string? folder, CancellationToken cancellationToken)
    {
        if (folder != _folder)
        {
            _seen.Clear();
            _folder = folder;
        }

        var changed = new List<ChangeFeedEntry>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var trigger in triggers)
        {
            var key = trigger.Entity + ":" + trigger.EntityId;
            var value = copied.TryGetValue(trigger.Entity, out var entity) ? await entity.CopiedFieldsAsync(trigger.EntityId, cancellationToken) : null;
            if (value is not null && _seen.TryGetValue(key, out var held) && held == value)
            {
                continue;
            }

            changed.Add(trigger);
            if (value is not null)
            {
                values[key] = value;
            }
        }

        return (changed, values);
    }

    /// <summary>Records <paramref name="values"/> as written, unless a rebuild swapped the folder meanwhile.</summary>
    public void Remember(Dictionary<string, string> values, string? folder)
    {
        if (folder != _folder)
        {
            return;
        }

        foreach (var (key, value) in values)
        {
            _seen[key] = value;
        }
    }
}

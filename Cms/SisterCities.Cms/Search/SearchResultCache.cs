using System.Collections.Concurrent;
using Lucene.Net.Search;

namespace SisterCities.Cms.Search;

/// <summary>
/// Answers a repeated search without running it again, for as long as the index has not changed. The cache belongs
/// to one <see cref="IndexSearcher"/>: when the indexer commits a batch (or a rebuild swaps), the searcher manager
/// hands out a new searcher and the first lookup with it starts an empty cache, so a publish is never hidden by a
/// cached answer. Bounded: when full it starts over rather than tracking recency, which costs nothing per hit.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private Generation _current = new(null);

    public bool TryGet(IndexSearcher searcher, in SearchCacheKey key, out SearchResponse? response)
    {
        var current = Volatile.Read(ref _current);
        if (ReferenceEquals(current.Searcher, searcher) && current.Entries.TryGetValue(key, out response))
        {
            return true;
        }

        response = null;
        return false;
    }

    public void Add(IndexSearcher searcher, in SearchCacheKey key, SearchResponse response)
    {
        if (capacity <= 0)
        {
            return;
        }

        var current = Volatile.Read(ref _current);
        if (!ReferenceEquals(current.Searcher, searcher) || current.Entries.Count >= capacity)
        {
            // A newer searcher (or a full cache) starts a new generation; a racing older searcher loses, harmlessly.
            var fresh = new Generation(searcher);
            current = Interlocked.CompareExchange(ref _current, fresh, current) == current ? fresh : Volatile.Read(ref _current);
            if (!ReferenceEquals(current.Searcher, searcher))
            {
                return;
            }
        }

        current.Entries.TryAdd(key, response);
    }

    private sealed class Generation(IndexSearcher? searcher)
    {
        public IndexSearcher? Searcher { get; } = searcher;

        public ConcurrentDictionary<SearchCacheKey, SearchResponse> Entries { get; } = new();
    }
}

/// <summary>Everything a response depends on besides the index: the request as typed and the rebuild flag it reports.</summary>
internal readonly record struct SearchCacheKey(
    string Query, string? Site, string? Type, string? Activity, string? Country, string? Culture, int Page, bool Rebuilding);

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Tests.Search;

/// <summary>A real on-disk index in a temporary data folder, filled directly with documents (no database).</summary>
public sealed class SearchIndexFixture : IDisposable
{
    private readonly string _folder;

    public SearchIndexFixture(IEnumerable<SearchDocument> documents, bool hunspell = true)
    {
        _folder = Path.Combine(Path.GetTempPath(), "sistercities-search-" + Guid.NewGuid().ToString("N"));
        var data = new DataFolder(_folder, _folder);
        Index = new SearchIndex(data, NullLogger<SearchIndex>.Instance);
        var dictionary = hunspell ? UkrainianDictionary.LoadAsync(UkrainianDictionary.DefaultFolder, NullLogger.Instance).GetAwaiter().GetResult() : null;
        Index.Open(new SearchAnalyzers(dictionary));
        var byOwner = documents.GroupBy(d => d.Owner).ToDictionary(g => g.Key, g => (IReadOnlyList<SearchDocument>)g.ToList());
        Index.ApplyAsync(byOwner, 1, CancellationToken.None).GetAwaiter().GetResult();
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        Service = new SearchService(Index, new SearchRebuilder(Index, scopes, TimeProvider.System, NullLogger<SearchRebuilder>.Instance));
    }

    public SearchIndex Index { get; }

    public SearchService Service { get; }

    public SearchResponse Search(string query, int page = 1) => Service.Search(new SearchRequest(query, Page: page));

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder; the OS cleans it.
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace SisterCities.Cms.Search;

/// <summary>One index folder with its writer and searcher manager. A rebuild makes a new generation and swaps it in.</summary>
internal sealed class SearchIndexGeneration(string folder, Lucene.Net.Store.Directory directory, IndexWriter writer, SearcherManager searchers, long seq) : IDisposable
{
    public string Folder { get; } = folder;

    public IndexWriter Writer { get; } = writer;

    public SearcherManager Searchers { get; } = searchers;

    /// <summary>The last change-feed sequence number committed into this generation.</summary>
    public long Seq { get; set; } = seq;

    public void Dispose()
    {
        Searchers.Dispose();
        Writer.Dispose();
        directory.Dispose();
    }
}

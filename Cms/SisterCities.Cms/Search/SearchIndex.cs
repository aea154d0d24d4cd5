using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search.Analysis;
using SisterCities.Cms.Search.Storage;

namespace SisterCities.Cms.Search;

/// <summary>
/// The live Lucene index on local disk (<c>{data}/search/</c>). A file named <c>active</c> names the folder in use;
/// a rebuild writes a sibling folder and swaps the pointer, so searches keep answering from the old folder meanwhile.
/// Every commit carries the last applied change-feed sequence number in its user data: after a crash the indexer
/// resumes from exactly there, and since documents are replaced by their owner key, replaying is harmless.
/// </summary>
public sealed partial class SearchIndex(DataFolder data, ILogger<SearchIndex> logger) : IDisposable
{
    internal const string SeqKey = "sistercities.seq";
    internal const string StemmerKey = "sistercities.stemmer";
    private const string PointerFile = "active";

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SearchIndexGeneration? _live;
    private SearchAnalyzers? _analyzers;

    internal string Root { get; } = data.Sub("search");

    /// <summary>True when the index at start-up was missing, corrupt or built with another stemmer: a rebuild must follow.</summary>
    public bool NeedsRebuild { get; private set; }

    public bool IsOpen => Volatile.Read(ref _live) is not null;

    /// <summary>Last change-feed sequence number applied to the live index.</summary>
    public long Seq => Volatile.Read(ref _live)?.Seq ?? 0;

    /// <summary>Documents in the live index (after deletes), for the backoffice status page; 0 while not open.</summary>
    public int DocumentCount
    {
        get
        {
            if (!IsOpen)
            {
                return 0;
            }

            var lease = Acquire();
            try
            {
                return lease.Searcher.IndexReader.NumDocs;
            }
            finally
            {
                Release(lease);
            }
        }
    }

    /// <summary>The folder name of the live index (<c>index-…</c>), for the status page.</summary>
    public string? LiveFolderName => Volatile.Read(ref _live) is { } live ? Path.GetFileName(live.Folder) : null;

    internal SearchAnalyzers Analyzers => _analyzers ?? throw new InvalidOperationException("The search index is not open yet.");

    /// <summary>Opens the folder named by the pointer, or an empty one (and flags a rebuild) when it is missing or unreadable.</summary>
    internal void Open(SearchAnalyzers analyzers)
    {
        _analyzers = analyzers;
        var pointer = Path.Combine(Root, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        if (name is null || name.Contains('/', StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal))
        {
            LogMissing(logger, Root);
        }
        else
        {
            try
            {
                var generation = OpenGeneration(Path.Combine(Root, name), OpenMode.APPEND);
                var data = generation.Writer.CommitData;
                if (data.TryGetValue(StemmerKey, out var stemmer) && stemmer == analyzers.Stemmer)
                {
                    Volatile.Write(ref _live, generation);
                    LogOpened(logger, generation.Folder, generation.Seq);
                    return;
                }

                LogStemmerChanged(logger, stemmer ?? "none", analyzers.Stemmer);
                generation.Dispose();
            }
            catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or LockObtainFailedException or FormatException or InvalidOperationException)
            {
                LogCorrupt(logger, e, name);
            }
        }

        NeedsRebuild = true;
        var empty = NewGeneration(seq: 0);
        Volatile.Write(ref _live, empty);
        WritePointer(empty.Folder);
    }

    /// <summary>A searcher of the live index; give it back with <see cref="Release"/>.</summary>
    internal (IndexSearcher Searcher, SearcherManager Owner) Acquire()
    {
        while (true)
        {
            var live = Volatile.Read(ref _live) ?? throw new InvalidOperationException("The search index is not open yet.");
            try
            {
                return (live.Searchers.Acquire(), live.Searchers);
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(Volatile.Read(ref _live), live))
            {
                // A rebuild swapped and closed this generation between the read and the acquire: take the new one.
            }
        }
    }

    internal static void Release((IndexSearcher Searcher, SearcherManager Owner) lease) => lease.Owner.Release(lease.Searcher);

    /// <summary>Applies one batch: delete every owner's documents, add what is public now, commit with <paramref name="seq"/>, refresh.</summary>
    internal async Task ApplyAsync(IReadOnlyDictionary<string, IReadOnlyList<SearchDocument>> byOwner, long seq, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            var live = _live ?? throw new InvalidOperationException("The search index is not open yet.");
            foreach (var (owner, documents) in byOwner)
            {
                live.Writer.DeleteDocuments(new Term(SearchFields.Owner, owner));
                foreach (var document in documents)
                {
                    live.Writer.AddDocument(SearchDocumentMapper.ToLucene(document));
                }
            }

            Commit(live, seq);
            live.Searchers.MaybeRefreshBlocking();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>A new, empty generation in a sibling folder, for a rebuild.</summary>
    internal SearchIndexGeneration NewGeneration(long seq)
    {
        var folder = Path.Combine(Root, "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
        var generation = OpenGeneration(folder, OpenMode.CREATE);
        Commit(generation, seq);
        return generation;
    }

    internal void Commit(SearchIndexGeneration generation, long seq)
    {
        generation.Writer.SetCommitData(new Dictionary<string, string>
        {
            [SeqKey] = seq.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [StemmerKey] = Analyzers.Stemmer,
        });
        generation.Writer.Commit();
        generation.Seq = seq;
    }

    /// <summary>Makes <paramref name="fresh"/> the live index: pointer file first (atomic rename), then the in-memory switch.</summary>
    internal async Task SwapAsync(SearchIndexGeneration fresh, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        SearchIndexGeneration? old;
        try
        {
            WritePointer(fresh.Folder);
            fresh.Searchers.MaybeRefreshBlocking();
            old = Interlocked.Exchange(ref _live, fresh);
            NeedsRebuild = false;
        }
        finally
        {
            _writeLock.Release();
        }

        if (old is not null)
        {
            // Searches holding the old searcher keep their open files (Linux keeps deleted files readable).
            old.Dispose();
            TryDelete(old.Folder);
        }

        foreach (var stale in System.IO.Directory.GetDirectories(Root, "index-*").Where(d => d != fresh.Folder))
        {
            TryDelete(stale);
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _live, null)?.Dispose();
        _writeLock.Dispose();
    }

    private SearchIndexGeneration OpenGeneration(string folder, OpenMode mode)
    {
        if (mode == OpenMode.APPEND && !DirectoryReader.IndexExists(FSDirectory.Open(folder)))
        {
            throw new IOException($"No index in {folder}.");
        }

        var directory = OpenDirectory(folder);
        IndexWriter? writer = null;
        try
        {
            var config = new IndexWriterConfig(SearchAnalyzers.Version, Analyzers.Indexing) { OpenMode = mode, RAMBufferSizeMB = 64, Codec = FastStoredFieldsCodec.Instance };
            writer = new IndexWriter(directory, config);
            var seq = writer.CommitData.TryGetValue(SeqKey, out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
            var searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: new SearchSearcherFactory());
            return new SearchIndexGeneration(folder, directory, writer, searchers, seq);
        }
        catch
        {
            writer?.Dispose();
            directory.Dispose();
            throw;
        }
    }

    private static MappedIndexDirectory OpenDirectory(string folder)
    {
        FastStoredFieldsCodec.Install();
        return new MappedIndexDirectory(folder);
    }

    private void WritePointer(string folder)
    {
        var temp = Path.Combine(Root, PointerFile + ".tmp");
        File.WriteAllText(temp, Path.GetFileName(folder));
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
    }

    private void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (IOException e)
        {
            LogDeleteFailed(logger, e, folder);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: no index under {Root}; starting with an empty index and rebuilding it in the background")]
    private static partial void LogMissing(ILogger logger, string root);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search: the index folder {Folder} is corrupt or unreadable; starting with an empty index and rebuilding it in the background")]
    private static partial void LogCorrupt(ILogger logger, Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: the index was built with the {Old} stemmer, this process uses {New}; rebuilding it in the background")]
    private static partial void LogStemmerChanged(ILogger logger, string old, string @new);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search: opened index {Folder} at change-feed seq {Seq}")]
    private static partial void LogOpened(ILogger logger, string folder, long seq);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search: could not delete the old index folder {Folder}")]
    private static partial void LogDeleteFailed(ILogger logger, Exception exception, string folder);
}

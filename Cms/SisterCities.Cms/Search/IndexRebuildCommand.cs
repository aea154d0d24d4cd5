using Microsoft.Extensions.Logging;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary><c>index rebuild</c>: rebuilds this node's search index from the database and swaps it in.</summary>
public sealed class IndexRebuildCommand(SearchIndex index, SearchRebuilder rebuilder, SearchSettings settings, ILogger<IndexRebuildCommand> logger) : ICliCommand
{
    public string Name => "index rebuild";

    public string Usage => "index rebuild";

    public string Description => "Rebuild the search index from the database (new folder, then an atomic swap).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (!index.IsOpen)
        {
            index.Open(new SearchAnalyzers(await UkrainianDictionary.LoadAsync(settings.HunspellFolder, logger)));
        }

        var started = DateTimeOffset.UtcNow;
        await rebuilder.RebuildAsync(cancellationToken);
        var progress = rebuilder.Progress;
        await output.WriteLineAsync($"Indexed {progress.Indexed} documents in {(DateTimeOffset.UtcNow - started).TotalSeconds:F1} s; the index is at change-feed seq {index.Seq}.");
        return 0;
    }
}

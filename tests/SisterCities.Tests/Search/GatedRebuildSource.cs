using System.Runtime.CompilerServices;
using SisterCities.Cms.Search;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>
/// A search source that, once armed, holds the next rebuild at two gates so a test can watch its progress without
/// timing: before writing anything (progress 0), and after writing 5,000 real settlements of the codifier (the
/// rebuilder reports progress every 100 documents). Unarmed it has no documents, so the start-up rebuild runs freely.
/// </summary>
public sealed class GatedRebuildSource : ISearchDocumentSource
{
    public const int Settlements = 5000;

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _secondGate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    public string Entity => "test-settlement";

    /// <summary>Completes when the armed rebuild has reached this source and waits at the first gate.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when the armed rebuild has written the settlements and waits at the second gate.</summary>
    public Task Written => _written.Task;

    /// <summary>The next rebuild stops at the gates.</summary>
    public void Arm() => Volatile.Write(ref _armed, 1);

    public void OpenFirstGate() => _firstGate.TrySetResult();

    public void OpenSecondGate() => _secondGate.TrySetResult();

    /// <summary>Opens both gates: a test that failed midway must not leave a rebuild hanging on disposal.</summary>
    public void OpenAll()
    {
        OpenFirstGate();
        OpenSecondGate();
    }

    public Task<IReadOnlyList<SearchDocument>> LoadAsync(string entityId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<SearchDocument>>([]);

    public async IAsyncEnumerable<SearchDocument> LoadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 0)
        {
            yield break;
        }

        _started.TrySetResult();
        await _firstGate.Task.WaitAsync(cancellationToken);
        foreach (var document in LoadSettlements())
        {
            yield return document;
        }

        _written.TrySetResult();
        await _secondGate.Task.WaitAsync(cancellationToken);
    }

    // Villages of the codifier (category C), each a document of the Lviv site; the names are real, the pages are not
    // linked from anywhere and the test's index is thrown away with its data folder.
    private static IEnumerable<SearchDocument> LoadSettlements() =>
        File.ReadLines(Path.Combine(RepoPaths.OpenData, "katottg-2025-07-02.csv"))
            .Skip(1)
            .Select(line => line.Split(';'))
            .Where(row => row.Length >= 7 && row[5] == "C" && row[3].Length > 0)
            .DistinctBy(row => row[3], StringComparer.Ordinal)
            .Take(Settlements)
            .Select(row => new SearchDocument
            {
                Id = "test-settlement:" + row[3],
                Owner = "test-settlement:" + row[3],
                Type = "settlement",
                Title = row[6].Trim(),
                Text = "Село " + row[6].Trim(),
                Url = "/",
                SiteKey = "lviv",
                SiteName = "Львів",
                Culture = "uk",
            });
}

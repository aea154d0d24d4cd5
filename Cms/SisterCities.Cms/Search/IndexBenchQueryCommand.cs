using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Search.Analysis;

namespace SisterCities.Cms.Search;

/// <summary>
/// <c>index bench-query &lt;queries.lua&gt; [iterations]</c>: for the search benchmark only. Runs every request path of the
/// wrk script (<c>bench/search/queries.lua</c>) in this process, single-threaded and with the result cache off, and
/// prints per query the mean CPU time of the search thread (from <c>/proc/thread-self/schedstat</c>, so time spent
/// waiting for a shared machine's cores is not counted), the wall time, the bytes allocated and the JSON size. This
/// measures the cost of a search without wrk's and the other processes' contention.
/// </summary>
public sealed partial class IndexBenchQueryCommand(SearchIndex index, SearchRebuilder rebuilder, SearchSettings settings, ILogger<IndexBenchQueryCommand> logger) : ICliCommand
{
    private const int WarmUp = 30;

    public string Name => "index bench-query";

    public string Usage => "index bench-query <queries.lua> [iterations]";

    public string Description => "Benchmark only: time each search of a wrk query script in-process (CPU ms per query, cache off).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var iterations = 200;
        if (arguments.Count is < 1 or > 2 || !File.Exists(arguments[0]) || (arguments.Count == 2 && (!int.TryParse(arguments[1], CultureInfo.InvariantCulture, out iterations) || iterations < 1)))
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (!index.IsOpen)
        {
            index.Open(new SearchAnalyzers(await UkrainianDictionary.LoadAsync(settings.HunspellFolder, logger)));
        }

        var requests = PathPattern().Matches(await File.ReadAllTextAsync(arguments[0], cancellationToken)).Select(m => m.Groups[1].Value).ToList();
        var search = new SearchService(index, rebuilder, new SearchSettings { ResultCacheSize = 0 });
        await output.WriteLineAsync($"{index.DocumentCount} documents, {iterations} runs per query after {WarmUp} warm-up runs, load average {LoadAverage()}");
        await output.WriteLineAsync("| request | total | CPU ms | wall ms | KB allocated | JSON bytes |");
        await output.WriteLineAsync("| --- | --- | --- | --- | --- | --- |");
        double cpuSum = 0;
        foreach (var path in requests)
        {
            var request = Parse(path);
            for (var i = 0; i < WarmUp; i++)
            {
                Serialize(search.Search(request));
            }

            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuNanoseconds();
            var wall = Stopwatch.GetTimestamp();
            var size = 0;
            SearchResponse? response = null;
            for (var i = 0; i < iterations; i++)
            {
                response = search.Search(request);
                size = Serialize(response);
            }

            var cpuMs = (ThreadCpuNanoseconds() - cpu) / 1e6 / iterations;
            var wallMs = Stopwatch.GetElapsedTime(wall).TotalMilliseconds / iterations;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - bytes) / 1024.0 / iterations;
            cpuSum += cpuMs;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"| `{Uri.UnescapeDataString(path)}` | {response!.Total} | {cpuMs:F2} | {wallMs:F2} | {kb:F0} | {size} |"));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"mean CPU ms per query of the mix: {cpuSum / requests.Count:F2} (≈ {1000 / (cpuSum / requests.Count):F0} queries/s per core); load average {LoadAverage()}"));
        return 0;
    }

    private static SearchRequest Parse(string path)
    {
        var query = QueryHelpers(path);
        return new SearchRequest(
            query.GetValueOrDefault("q"), query.GetValueOrDefault("site"), query.GetValueOrDefault("type"), query.GetValueOrDefault("activity"),
            query.GetValueOrDefault("country"), query.GetValueOrDefault("culture"), int.Parse(query.GetValueOrDefault("page") ?? "1", CultureInfo.InvariantCulture));
    }

    private static Dictionary<string, string> QueryHelpers(string path)
    {
        var parsed = new QueryString(path[path.IndexOf('?', StringComparison.Ordinal)..]);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(parsed.Value).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
    }

    private static int Serialize(SearchResponse response) => JsonSerializer.SerializeToUtf8Bytes(response, JsonSerializerOptions.Web).Length;

    // Field 1 of schedstat: nanoseconds this thread has run on a CPU.
    private static long ThreadCpuNanoseconds() =>
        long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex("\"(/api/v1/search\\?[^\"]+)\"")]
    private static partial Regex PathPattern();
}

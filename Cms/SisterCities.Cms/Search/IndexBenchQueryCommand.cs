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
/// prints per query the mean CPU time of the search thread (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, so time spent
/// waiting for a shared machine's cores is not counted), the wall time, the bytes allocated and the JSON size. This
/// measures the cost of a search without wrk's and the other processes' contention.
/// </summary>
public sealed partial class IndexBenchQueryCommand(SearchIndex index, SearchRebuilder rebuilder, SearchSettings settings, ILogger<IndexBenchQueryCommand> logger) : ICliCommand
{
    private const int WarmUp = 20;

    public string Name => "index bench-query";

    public string Usage => "index bench-query <queries.lua> [iterations]";

    public string Description => "Benchmark only: time each search of a wrk query script in-process (CPU ms per query, cache off).";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var iterations = 100;
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
        await output.WriteLineAsync($"{index.DocumentCount} documents, {iterations} rounds over the {requests.Count} queries after {WarmUp} warm-up rounds, load average {LoadAverage()}");
        var parsed = requests.Select(Parse).ToList();
        for (var i = 0; i < WarmUp; i++)
        {
            parsed.ForEach(r => Serialize(search.Search(r)));
        }

        // Rounds over all queries rather than one query at a time, so that a burst of load from other processes
        // spreads over every query instead of inflating one; the median is reported beside the mean for the same reason.
        var cpu = parsed.Select(_ => new List<double>(iterations)).ToList();
        var wall = new double[parsed.Count];
        var bytes = new long[parsed.Count];
        var responses = new SearchResponse[parsed.Count];
        var sizes = new int[parsed.Count];
        for (var round = 0; round < iterations; round++)
        {
            for (var q = 0; q < parsed.Count; q++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var started = Stopwatch.GetTimestamp();
                var cpuStarted = ThreadCpuNanoseconds();
                responses[q] = search.Search(parsed[q]);
                sizes[q] = Serialize(responses[q]);
                cpu[q].Add((ThreadCpuNanoseconds() - cpuStarted) / 1e6);
                wall[q] += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                bytes[q] += GC.GetAllocatedBytesForCurrentThread() - allocated;
            }
        }

        await output.WriteLineAsync("| request | total | CPU ms mean | CPU ms median | wall ms mean | KB allocated | JSON bytes |");
        await output.WriteLineAsync("| --- | --- | --- | --- | --- | --- | --- |");
        for (var q = 0; q < parsed.Count; q++)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"| `{Uri.UnescapeDataString(requests[q])}` | {responses[q].Total} | {cpu[q].Average():F2} | {Median(cpu[q]):F2} | {wall[q] / iterations:F2} | {bytes[q] / 1024.0 / iterations:F0} | {sizes[q]} |"));
        }

        var meanOfMeans = cpu.Average(c => c.Average());
        var meanOfMedians = cpu.Average(Median);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"CPU ms per query over the mix: mean {meanOfMeans:F2}, mean of medians {meanOfMedians:F2} (≈ {1000 / meanOfMeans:F0} queries/s per core); load average {LoadAverage()}"));
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

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int Serialize(SearchResponse response) => JsonSerializer.SerializeToUtf8Bytes(response, JsonSerializerOptions.Web).Length;

    // CLOCK_THREAD_CPUTIME_ID: nanoseconds this thread has run on a CPU, exact at the call (schedstat only moves at ticks).
    private static long ThreadCpuNanoseconds() =>
        ThreadClock.Read(out var time) == 0 ? (time.Seconds * 1_000_000_000) + time.Nanoseconds : throw new InvalidOperationException("clock_gettime failed");

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    [GeneratedRegex("\"(/api/v1/search\\?[^\"]+)\"")]
    private static partial Regex PathPattern();
}

using System.Diagnostics;
using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Sites.Import;

/// <summary>
/// <c>sites import &lt;file&gt;</c>: imports every municipality of a KATOTTG codifier file as a site.
/// Exit codes: 0 all lines used, 3 some lines reported (the rest imported), 1 file missing or not a codifier, 2 usage.
/// </summary>
public sealed class SitesImportCommand(SiteImporter importer) : ICliCommand
{
    public string Name => "sites import";

    public string Usage => "sites import <katottg.csv>";

    public string Description => "Import every hromada of a KATOTTG codifier file as a site (idempotent, keyed by code). The shipped file is OpenData/katottg-2025-07-02.csv.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var path = Path.GetFullPath(arguments[0]);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"sites import: file not found: {path}");
            return 1;
        }

        var watch = Stopwatch.StartNew();
        SiteImportReport report;
        try
        {
            report = await importer.ImportFileAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"sites import: cannot read {path}: {e.Message}");
            return 1;
        }
        catch (CodifierFormatException e)
        {
            await output.WriteLineAsync($"sites import: {path} is not a KATOTTG codifier file: {e.Message}");
            return 1;
        }

        await output.WriteLineAsync($"sites import: {report.Summary} ({watch.Elapsed.TotalSeconds:0.0} s).");
        foreach (var note in report.Notes)
        {
            await output.WriteLineAsync("  note: " + note);
        }

        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync("  " + problem);
        }

        return report.Problems.Count == 0 ? 0 : 3;
    }
}

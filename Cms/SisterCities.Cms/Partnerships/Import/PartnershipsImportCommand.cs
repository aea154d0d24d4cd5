using System.Text;
using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Partnerships.Import;

internal sealed class PartnershipsImportCommand(TwinTownImport import) : ICliCommand
{
    public string Name => "partnerships import";

    public string Usage => "partnerships import <file.csv>";

    public string Description => "Load twin-town pairs (idempotent); report rows that cannot be matched.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        if (!File.Exists(arguments[0]))
        {
            await output.WriteLineAsync($"The file '{arguments[0]}' does not exist.");
            return 2;
        }

        using var reader = new StreamReader(arguments[0], Encoding.UTF8);
        var (rows, problems) = await TwinTownFile.ReadAsync(reader, cancellationToken);
        var report = await import.ImportAsync(rows, cancellationToken);
        foreach (var problem in problems.Concat(report.Problems))
        {
            await output.WriteLineAsync("  " + problem);
        }

        await output.WriteLineAsync(
            $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.SitesCreated} sites created, " +
            $"{report.PartnerCitiesCreated} partner cities created, {problems.Count + report.Problems.Count} rows with problems.");
        return problems.Count + report.Problems.Count == 0 ? 0 : 1;
    }
}

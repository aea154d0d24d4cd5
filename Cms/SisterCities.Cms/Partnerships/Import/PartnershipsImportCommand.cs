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

        var report = await import.ImportFileAsync(arguments[0], cancellationToken);
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync("  " + problem);
        }

        await output.WriteLineAsync(
            $"{report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.SitesCreated} sites created, " +
            $"{report.PartnerCitiesCreated} partner cities created, {report.Problems.Count} rows with problems.");
        return report.Problems.Count == 0 ? 0 : 1;
    }
}

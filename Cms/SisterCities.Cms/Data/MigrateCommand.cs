using SisterCities.Cms.Cli;

namespace SisterCities.Cms.Data;

internal sealed class MigrateCommand(DatabaseMigrator migrator) : ICliCommand
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public string Description => "Apply pending database migrations and exit.";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        await output.WriteLineAsync("The database is up to date.");
        return 0;
    }
}

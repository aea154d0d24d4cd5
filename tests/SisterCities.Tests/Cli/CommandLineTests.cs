using Microsoft.Data.Sqlite;
using Npgsql;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Cli;

/// <summary>The maintenance commands, run as an operator runs them: the built host with command words.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "sistercities-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Help_lists_every_command_with_its_description()
    {
        var run = await HostProcess.RunAsync(["help"], new Dictionary<string, string> { ["Cms__DataPath"] = _dataPath });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("migrate", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Apply pending database migrations and exit.", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_is_refused_with_exit_code_2_and_a_pointer_to_help()
    {
        var run = await HostProcess.RunAsync(["no-such-command"], new Dictionary<string, string> { ["Cms__DataPath"] = _dataPath });

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Unknown command 'no-such-command'", run.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_brings_an_empty_database_up_to_date_and_is_idempotent(DatabaseProvider provider)
    {
        using var postgres = provider == DatabaseProvider.Postgres ? TestPostgresDatabase.Create() : null;
        var environment = new Dictionary<string, string>
        {
            ["Cms__DataPath"] = _dataPath,
            ["ConnectionStrings__Cms"] = postgres?.ConnectionString ?? "",
        };

        var first = await HostProcess.RunAsync(["migrate"], environment);
        var second = await HostProcess.RunAsync(["migrate"], environment);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("The database is up to date.", second.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Applying", second.StandardOutput, StringComparison.Ordinal);
        Assert.True(await CountAsync(provider, postgres, "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"") > 0);
        Assert.Equal(0, await CountAsync(provider, postgres, "SELECT COUNT(*) FROM change_feed"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private async Task<long> CountAsync(DatabaseProvider provider, TestPostgresDatabase? postgres, string sql)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            await using var pg = new NpgsqlConnection(postgres!.ConnectionString);
            await pg.OpenAsync();
            await using var pgCommand = new NpgsqlCommand(sql, pg);
            return Convert.ToInt64(await pgCommand.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(_dataPath, "sistercities.db")};Mode=ReadOnly;Pooling=false");
        await sqlite.OpenAsync();
        await using var command = sqlite.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SisterCities.Cms.Data;

/// <summary>
/// Chooses the database from <c>ConnectionStrings:Cms</c>: absent → a SQLite file in the data folder,
/// <c>Host=…</c> → PostgreSQL, <c>Data Source=…</c> → that SQLite file. A connection string that is
/// neither fails at start-up with a message naming the setting.
/// </summary>
public static class CmsDatabase
{
    public const string ConnectionStringName = "Cms";
    public const string SettingName = "ConnectionStrings:Cms";

    public static DatabaseProvider Detect(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return DatabaseProvider.Sqlite;
        }

        var trimmed = connectionString.TrimStart();
        if (trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        if (trimmed.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("DataSource=", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        throw new CmsConfigurationException(
            $"{SettingName} is not understood: it must start with 'Host=' (PostgreSQL) or 'Data Source=' (SQLite), or be left empty for the built-in SQLite file.");
    }

    public static IServiceCollection AddCmsDatabase(this IServiceCollection services, IConfiguration configuration, string dataPath)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        switch (Detect(connectionString))
        {
            case DatabaseProvider.Postgres:
                try
                {
                    _ = new NpgsqlConnectionStringBuilder(connectionString);
                }
                catch (ArgumentException e)
                {
                    throw new CmsConfigurationException($"{SettingName} is not a valid PostgreSQL connection string: {e.Message}");
                }

                services.AddDbContext<CmsDbContext, PostgresCmsDbContext>(o => QuietConnectionErrors(o.UseNpgsql(
                    connectionString,
                    npgsql => npgsql.MigrationsAssembly(PostgresCmsDbContext.MigrationsAssembly))), optionsLifetime: ServiceLifetime.Singleton);
                break;
            default:
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(dataPath, "sistercities.db")}"
                    : connectionString;
                try
                {
                    sqlite = new SqliteConnectionStringBuilder(sqlite) { ForeignKeys = true, Cache = SqliteCacheMode.Default, Pooling = true }.ToString();
                }
                catch (ArgumentException e)
                {
                    throw new CmsConfigurationException($"{SettingName} is not a valid SQLite connection string: {e.Message}");
                }

                services.AddDbContext<CmsDbContext, SqliteCmsDbContext>(o => QuietConnectionErrors(o.UseSqlite(
                    sqlite,
                    s => s.MigrationsAssembly(SqliteCmsDbContext.MigrationsAssembly)).AddInterceptors(SqliteUnicodeText.Instance)), optionsLifetime: ServiceLifetime.Singleton);
                break;
        }

        // Options are built once (singleton), not for every scope: building them per request (the warnings
        // configuration alone allocates immutable dictionaries) showed up in the Delivery API's profile.
        return services;
    }

    /// <summary>
    /// EF Core logs a failed connection as an error and then throws; the exception is what callers report
    /// (at start-up: one line naming <see cref="SettingName"/>), so the log entry drops to Debug to avoid
    /// saying the same thing twice, once without the setting's name.
    /// </summary>
    private static DbContextOptionsBuilder QuietConnectionErrors(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

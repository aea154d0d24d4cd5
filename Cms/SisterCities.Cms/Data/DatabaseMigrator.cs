using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace SisterCities.Cms.Data;

/// <summary>Applies the provider's migrations; used at start-up and by the <c>migrate</c> command.</summary>
public sealed partial class DatabaseMigrator(CmsDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer commits; it is a property of the file, set once.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception e) when (e is SqliteException or Npgsql.NpgsqlException or InvalidOperationException && e is not OperationCanceledException)
        {
            throw new CmsConfigurationException(
                $"The database named by {CmsDatabase.SettingName} cannot be opened or migrated: {e.Message}");
        }
        finally
        {
            if (db.Database.IsSqlite())
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Names}")]
    private static partial void LogApplying(ILogger logger, int count, string names);
}

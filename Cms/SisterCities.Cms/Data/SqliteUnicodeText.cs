using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SisterCities.Cms.Data;

/// <summary>
/// SQLite's built-in <c>lower()</c>/<c>upper()</c> change ASCII letters only, so <c>ToLower()</c> in a LINQ filter
/// matched "Львів" against "львів" on PostgreSQL but not on SQLite. Each opened connection gets Unicode-aware
/// versions (invariant culture, as the filters' own <c>ToLowerInvariant()</c>), which SQLite lets an application
/// define over the built-ins, and the Ukrainian collation that <see cref="UkrainianOrder"/> sorts names with.
/// </summary>
internal sealed class SqliteUnicodeText : DbConnectionInterceptor
{
    public static readonly SqliteUnicodeText Instance = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
            sqlite.CreateFunction("upper", (string? text) => text?.ToUpperInvariant(), isDeterministic: true);
            sqlite.CreateCollation(UkrainianOrder.SqliteCollation, (a, b) => UkrainianOrder.Comparer.Compare(a, b));
        }
    }
}

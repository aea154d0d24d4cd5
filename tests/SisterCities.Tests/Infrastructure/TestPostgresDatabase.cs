using Npgsql;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// A throw-away database on the server named by SISTERCITIES_TEST_POSTGRES. There is no silent skip:
/// without the variable the test fails and says how to get a server (tests/run.sh starts one).
/// </summary>
public sealed class TestPostgresDatabase : IDisposable
{
    public const string Variable = "SISTERCITIES_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private TestPostgresDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
    }

    public string ConnectionString { get; }

    public static TestPostgresDatabase Create()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need a server. Run tests/run.sh, which starts one, or set {Variable} to a connection string of a user that may create databases.");
        }

        var name = "sc_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        command.ExecuteNonQuery();
        return new TestPostgresDatabase(admin, name);
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}

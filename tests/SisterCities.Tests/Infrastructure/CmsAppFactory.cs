using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// The real host on a real database: a fresh SQLite file in a temporary data folder, or a fresh
/// database on the PostgreSQL server named by SISTERCITIES_TEST_POSTGRES. Disposing removes both.
/// </summary>
public sealed class CmsAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TestPostgresDatabase? _postgres;
    private readonly List<Action<IServiceCollection>> _testServices = [];

    private CmsAppFactory(DatabaseProvider provider, IDictionary<string, string?>? settings)
    {
        DataPath = Path.Combine(Path.GetTempPath(), "sistercities-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataPath);
        Provider = provider;
        _settings = new Dictionary<string, string?>
        {
            ["Cms:DataPath"] = DataPath,
            ["Cms:SeedDemoNetwork"] = "false",
            ["Cms:AllowSitePathPrefix"] = "true",
            ["ConnectionStrings:Cms"] = "",
        };
        if (provider == DatabaseProvider.Postgres)
        {
            _postgres = TestPostgresDatabase.Create();
            _settings["ConnectionStrings:Cms"] = _postgres.ConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    public DatabaseProvider Provider { get; }

    public static CmsAppFactory Sqlite(IDictionary<string, string?>? settings = null) => new(DatabaseProvider.Sqlite, settings);

    public static CmsAppFactory Postgres(IDictionary<string, string?>? settings = null) => new(DatabaseProvider.Postgres, settings);

    public static CmsAppFactory For(DatabaseProvider provider, IDictionary<string, string?>? settings = null) => new(provider, settings);

    /// <summary>Adds test-only services (e.g. a request recorder); call before the first request.</summary>
    public CmsAppFactory WithTestServices(Action<IServiceCollection> configure)
    {
        _testServices.Add(configure);
        return this;
    }

    /// <summary>
    /// Starts the host on Kestrel on a free 127.0.0.1 port, for a real browser, and returns its address
    /// (<c>http://127.0.0.1:port/</c>). Without this the factory serves from memory (TestServer).
    /// </summary>
    public Uri StartOnLoopbackPort()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    /// <summary>Runs <paramref name="work"/> with a scoped service provider of the running app.</summary>
    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => _testServices.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _postgres?.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background service; the OS temp cleaner takes it.
            }
        }
    }
}

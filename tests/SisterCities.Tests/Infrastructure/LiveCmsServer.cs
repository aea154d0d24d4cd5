using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// The real host listening on a free 127.0.0.1 port (Kestrel, not the in-memory TestServer), on a fresh
/// SQLite file in a temporary data folder, for browser tests. Every request is recorded (<see cref="Requests"/>).
/// Use as a class fixture: one server per test class. <see cref="LivePostgresCmsServer"/> is the same on a fresh
/// PostgreSQL database.
/// </summary>
public class LiveCmsServer : IAsyncLifetime
{
    private readonly RequestRecorder _recorder = new();

    public LiveCmsServer()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected LiveCmsServer(DatabaseProvider provider)
    {
        App = CmsAppFactory.For(provider).WithTestServices(services => services.AddSingleton<IStartupFilter>(_recorder));
    }

    public CmsAppFactory App { get; }

    public DatabaseProvider Provider => App.Provider;

    /// <summary><c>http://127.0.0.1:port/</c>, set once the server runs.</summary>
    public Uri Address { get; private set; } = null!;

    public int Port => Address.Port;

    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    /// <summary>
    /// The address of a host name on this server's port: <c>http://lviv.localhost:port/</c>. Chromium resolves
    /// every <c>*.localhost</c> name to the loopback address itself (no DNS, no hosts file).
    /// </summary>
    public Uri UrlFor(string host, string path = "/") => new($"http://{host}:{Port}{path}");

    /// <summary>
    /// The EF Core provider the running app really uses (e.g. <c>Npgsql.EntityFrameworkCore.PostgreSQL</c>), so a
    /// test meant for PostgreSQL can prove it did not run on SQLite.
    /// </summary>
    public Task<string> EfProviderNameAsync() =>
        App.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<CmsDbContext>().Database.ProviderName ?? ""));

    public Task InitializeAsync()
    {
        Address = App.StartOnLoopbackPort();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

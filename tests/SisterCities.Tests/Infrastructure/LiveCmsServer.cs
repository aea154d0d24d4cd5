using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// The real host listening on a free 127.0.0.1 port (Kestrel, not the in-memory TestServer), on a fresh
/// SQLite file in a temporary data folder, for browser tests. Every request is recorded (<see cref="Requests"/>).
/// Use as a class fixture: one server per test class.
/// </summary>
public sealed class LiveCmsServer : IAsyncLifetime
{
    private readonly RequestRecorder _recorder = new();

    public LiveCmsServer()
    {
        App = CmsAppFactory.Sqlite().WithTestServices(services => services.AddSingleton<IStartupFilter>(_recorder));
    }

    public CmsAppFactory App { get; }

    /// <summary><c>http://127.0.0.1:port/</c>, set once the server runs.</summary>
    public Uri Address { get; private set; } = null!;

    public int Port => Address.Port;

    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    /// <summary>
    /// The address of a host name on this server's port: <c>http://lviv.localhost:port/</c>. Chromium resolves
    /// every <c>*.localhost</c> name to the loopback address itself (no DNS, no hosts file).
    /// </summary>
    public Uri UrlFor(string host, string path = "/") => new($"http://{host}:{Port}{path}");

    public Task InitializeAsync()
    {
        Address = App.StartOnLoopbackPort();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

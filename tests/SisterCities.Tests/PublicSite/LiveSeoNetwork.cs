using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.PublicSite;

/// <summary><see cref="SeoNetwork"/>'s sites on a live Kestrel server, for Chromium.</summary>
public sealed class LiveSeoNetwork : IAsyncLifetime
{
    public LiveCmsServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        await SeoNetwork.PopulateAsync(Server.App);
    }

    public Task DisposeAsync() => Server.DisposeAsync();
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// On a start with no network admin, prints a one-time set-up link to the console. Runs after the server
/// listens so the link carries the real address. Nothing is printed once an admin exists.
/// </summary>
public sealed partial class FirstRunSetupAnnouncer(
    IServiceScopeFactory scopes, IServer server, IHostApplicationLifetime lifetime, ILogger<FirstRunSetupAnnouncer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => _ = AnnounceAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<AccountAdministration>().HasNetworkAdminAsync(cancellationToken))
            {
                return;
            }

            var token = await scope.ServiceProvider.GetRequiredService<SetupLinks>().CreateAsync(cancellationToken);
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) ?? "";
            var link = $"{address.TrimEnd('/')}{SetupLinks.Path}?token={token}";
            await Console.Out.WriteLineAsync($"""

                No network admin exists yet. Open this one-time link within {SetupLinks.Lifetime.TotalHours:0} hours to create one:
                  {link}
                (or run: dotnet run --project Cms/SisterCities.Host -- users create-admin you@example.org)

                """);
            LogSetupLinkPrinted(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSetupLinkFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No network admin exists; a one-time set-up link was printed to the console.")]
    private static partial void LogSetupLinkPrinted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not create the first-run set-up link.")]
    private static partial void LogSetupLinkFailed(ILogger logger, Exception exception);
}

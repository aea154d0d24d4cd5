using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Sites;

/// <summary>
/// Prints, once the server listens, the URLs to open: the network landing page and every site at
/// <c>http://{key}.localhost:{port}/</c> (browsers resolve *.localhost to this machine) plus, where the path
/// prefix is enabled, <c>http://localhost:{port}/s/{key}/</c>. Ports come from the server's real addresses.
/// </summary>
public static class SiteUrlPrinter
{
    /// <summary>Beyond this many sites (a full import) the list is cut; the landing page lists them all.</summary>
    public const int MaxListed = 200;

    public static WebApplication PrintSiteUrlsWhenStarted(this WebApplication app, TextWriter? output = null)
    {
        app.Lifetime.ApplicationStarted.Register(() => _ = PrintOrExplainAsync(app.Services, output ?? Console.Out, app.Lifetime.ApplicationStopping));
        return app;
    }

    public static async Task PrintAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        var origin = addresses is null ? null : LocalOrigin(addresses);
        if (origin is null)
        {
            return;
        }

        var pathPrefix = services.GetRequiredService<IOptions<CmsOptions>>().Value.AllowSitePathPrefix;
        var sites = await services.GetRequiredService<SiteDirectory>().AllAsync(cancellationToken);
        var lines = new List<string>
        {
            "",
            "SisterCities is running. Open:",
            $"  network landing page  {origin.Value.Scheme}://localhost:{origin.Value.Port}/",
            sites.Count == 0 ? "  no sites yet: run 'sites import <file>' or enable Cms:SeedDemoNetwork" : $"  {sites.Count} sites:",
        };
        var listed = sites.OrderBy(s => s.Key, StringComparer.Ordinal).Take(MaxListed)
            .Select(s => (Site: s, Host: $"{origin.Value.Scheme}://{s.Key}.localhost:{origin.Value.Port}/"))
            .ToList();
        var hostWidth = Math.Min(50, listed.Select(l => l.Host.Length).DefaultIfEmpty(0).Max());
        foreach (var (site, host) in listed)
        {
            var fallback = pathPrefix ? $"{origin.Value.Scheme}://localhost:{origin.Value.Port}{SiteResolutionMiddleware.PathPrefix}/{site.Key}/  " : "";
            lines.Add($"  {host.PadRight(hostWidth)}  {fallback}{site.NameUk}");
        }

        if (sites.Count > MaxListed)
        {
            lines.Add($"  … and {sites.Count - MaxListed} more: the landing page lists every site.");
        }

        await output.WriteLineAsync(string.Join(Environment.NewLine, lines));
        await output.FlushAsync(cancellationToken);
    }

    private static async Task PrintOrExplainAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await PrintAsync(services, output, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A convenience banner must never take the server down; say why it is missing instead.
            await output.WriteLineAsync("SisterCities could not list the site URLs: " + e.Message);
        }
    }

    /// <summary>The scheme and port to print: the first plain-HTTP address, else the first one; the host is always localhost.</summary>
    public static (string Scheme, int Port)? LocalOrigin(IEnumerable<string> addresses)
    {
        var parsed = addresses.Select(a => BindingAddress.Parse(a)).Where(a => a.Port > 0).ToList();
        var chosen = parsed.FirstOrDefault(a => a.Scheme == "http") ?? parsed.FirstOrDefault();
        return chosen is null ? null : (chosen.Scheme, chosen.Port);
    }
}

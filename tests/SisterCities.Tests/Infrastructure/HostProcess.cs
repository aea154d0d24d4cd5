using System.Diagnostics;
using System.Reflection;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Runs the built host (<c>dotnet Cms/SisterCities.Host/bin/&lt;configuration&gt;/net10.0/SisterCities.Host.dll</c>)
/// as its own process, the way an operator starts it, and captures exit code, stdout and stderr.
/// </summary>
public static class HostProcess
{
    /// <summary>Only a guard against a hung process; a healthy run takes a few seconds.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    public static string HostDll()
    {
        var configuration = typeof(HostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SisterCities.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new InvalidOperationException("SisterCities.sln not found above " + AppContext.BaseDirectory);
        }

        var dll = Path.Combine(dir.FullName, "Cms", "SisterCities.Host", "bin", configuration, "net10.0", "SisterCities.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The host is not built: {dll} is missing.");
    }

    public static async Task<HostRun> RunAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var dll = HostDll();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The operator's view: Production settings, only what the test names.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The host did not exit within {HangGuard}: {string.Join(' ', arguments)}");
        }

        return new HostRun(process.ExitCode, await stdout, await stderr);
    }
}

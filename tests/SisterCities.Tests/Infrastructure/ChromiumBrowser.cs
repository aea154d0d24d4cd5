using Microsoft.Playwright;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per test collection. Playwright never downloads a
/// browser here: it launches the executable named by SISTERCITIES_CHROMIUM (default /usr/bin/chromium).
/// A missing browser fails the tests with a message; browser tests are never silently skipped.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string Variable = "SISTERCITIES_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Headless and quiet: no GPU, no QUIC, no sync, update or other background traffic to Google.</summary>
    public static readonly IReadOnlyList<string> Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowserContext? _context;
    private IBrowser? _incognito;
    private string? _userDataDir;

    /// <summary>The browser context (one fresh user-data folder for the collection).</summary>
    public IBrowserContext Context => _context ?? throw new InvalidOperationException("Chromium has not started.");

    public static string ExecutablePath()
    {
        var path = Environment.GetEnvironmentVariable(Variable);
        path = string.IsNullOrWhiteSpace(path) ? DefaultPath : path;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at '{path}': browser tests need it. Run tests/run.sh (installs Debian's chromium as root) or set {Variable} to a Chromium executable.");
        }

        return path;
    }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var executable = ExecutablePath();
        _userDataDir = Path.Combine(Path.GetTempPath(), "sistercities-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_userDataDir);
        _playwright = await Playwright.CreateAsync();
        _context = await _playwright.Chromium.LaunchPersistentContextAsync(_userDataDir, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = [.. Arguments],
            Locale = "uk-UA",
            Timeout = 60_000,
        });
    }

    /// <summary>A new tab in the shared context; the test closes it (try/finally) so tabs do not pile up.</summary>
    public Task<IPage> NewPageAsync() => Context.NewPageAsync();

    /// <summary>
    /// A context that shares nothing with <see cref="Context"/> (no cookies, no storage): a visitor who never signed
    /// in. The second, non-persistent browser behind it starts on first use; the test closes the context.
    /// </summary>
    public async Task<IBrowserContext> NewFreshContextAsync()
    {
        _incognito ??= await (_playwright ?? throw new InvalidOperationException("Chromium has not started.")).Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = [.. Arguments],
            Timeout = 60_000,
        });
        return await _incognito.NewContextAsync(new BrowserNewContextOptions { Locale = "uk-UA" });
    }

    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }

        if (_incognito is not null)
        {
            await _incognito.CloseAsync();
        }

        _playwright?.Dispose();
        if (_userDataDir is not null)
        {
            try
            {
                Directory.Delete(_userDataDir, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be flushing its profile as it exits; the OS temp cleaner takes it.
            }
        }
    }
}

using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Hosting;

/// <summary>
/// A setting that makes start-up impossible ends the process with exit code 1 and one line on stderr that
/// names the setting; no stack trace, no second error saying the same thing without the setting's name.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sistercities-tests", Guid.NewGuid().ToString("N"));

    public StartupErrorTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData("nonsense")]
    [InlineData("Host=127.0.0.1;Bogus=1")]
    [InlineData("Host=127.0.0.1;Port=1;Username=cms;Password=cms")]
    [InlineData("Data Source=/nonexistent-sistercities-folder/cms.db")]
    public async Task Bad_connection_string_stops_start_up_with_one_error_naming_the_setting(string connectionString)
    {
        var run = await HostProcess.RunAsync([], new Dictionary<string, string>
        {
            ["ConnectionStrings__Cms"] = connectionString,
            ["Cms__DataPath"] = Path.Combine(_folder, "data"),
        });

        AssertOneStartupError(run, "ConnectionStrings:Cms");
    }

    [Fact]
    public async Task Unwritable_data_folder_stops_start_up_with_one_error_naming_the_setting()
    {
        // A path below a regular file can be neither created nor written, even by root (tests may run as root).
        var file = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(file, "");

        var run = await HostProcess.RunAsync([], new Dictionary<string, string> { ["Cms__DataPath"] = Path.Combine(file, "data") });

        AssertOneStartupError(run, "Cms:DataPath");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertOneStartupError(HostRun run, string setting)
    {
        Assert.True(run.ExitCode == 1, run.ToString());
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("SisterCities cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardOutput + run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", run.StandardOutput, StringComparison.Ordinal);
    }
}

namespace SisterCities.Tests.Infrastructure;

/// <summary>The outcome of one run of the host process.</summary>
public sealed record HostRun(int ExitCode, string StandardOutput, string StandardError)
{
    public IReadOnlyList<string> ErrorLines =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

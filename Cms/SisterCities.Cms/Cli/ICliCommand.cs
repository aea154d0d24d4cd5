namespace SisterCities.Cms.Cli;

/// <summary>
/// A maintenance command run as <c>dotnet run --project Cms/SisterCities.Host -- &lt;name&gt; [args]</c>.
/// Features register their own commands; the host only dispatches.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that select the command, e.g. <c>sites import</c>.</summary>
    string Name { get; }

    string Usage { get; }

    string Description { get; }

    /// <summary>Runs the command; returns the process exit code. Writes its report to <paramref name="output"/>.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}

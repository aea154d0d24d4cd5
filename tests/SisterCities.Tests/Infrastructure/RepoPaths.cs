namespace SisterCities.Tests.Infrastructure;

/// <summary>Where the real open data lives: <c>../shared/data</c> beside the repository (CI lays it there too).</summary>
public static class RepoPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>SISTERCITIES_SHARED_DATA overrides it for a checkout that lives elsewhere (a git worktree).</summary>
    public static string SharedData { get; } =
        Environment.GetEnvironmentVariable("SISTERCITIES_SHARED_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SisterCities.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SisterCities.sln not found above " + AppContext.BaseDirectory);
    }
}

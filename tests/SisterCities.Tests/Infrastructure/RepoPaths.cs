using SisterCities.Cms.OpenData;

namespace SisterCities.Tests.Infrastructure;

/// <summary>
/// Where tests find their files, always inside the repository: a fresh clone with nothing beside it must pass.
/// The real open data is the copy the product ships (<c>Cms/SisterCities.Cms/OpenData</c>, copied beside the
/// assemblies on build); files only tests need live under <c>tests/SisterCities.Tests/TestData</c>.
/// </summary>
public static class RepoPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary>The product's open data folder as built (KATOTTG, KVED, twin towns, oblasts, coordinates).</summary>
    public static string OpenData => OpenDataFiles.Folder;

    /// <summary>Files only the tests need (the WordPress Theme Unit Test export, …), with their sources in its README.</summary>
    public static string TestData { get; } = Path.Combine(RepoRoot, "tests", "SisterCities.Tests", "TestData");

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

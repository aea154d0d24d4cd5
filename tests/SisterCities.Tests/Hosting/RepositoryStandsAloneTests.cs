using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Hosting;

/// <summary>
/// A municipal team clones the repository with nothing beside it: no file in it may point at a folder beside the
/// repository or at a path of one of our machines (comments included), and the open data tests need is inside it.
/// </summary>
public sealed class RepositoryStandsAloneTests
{
    // Built from parts so that this file does not match itself.
    private static readonly string[] Forbidden =
    [
        ".." + "/shared",
        "shared" + "/data",
        "/" + "work/",
        "/" + "home/",
        "/" + "root/",
    ];

    [Fact]
    public void No_tracked_file_points_outside_the_repository()
    {
        var offending = new List<string>();
        foreach (var file in TrackedFiles())
        {
            var path = Path.Combine(RepoPaths.RepoRoot, file);
            if (!File.Exists(path) || new FileInfo(path).Length > 4_000_000 || IsBinary(path))
            {
                continue;
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                foreach (var pattern in Forbidden)
                {
                    if (line.Contains(pattern, StringComparison.Ordinal))
                    {
                        offending.Add($"{file}:{lineNumber}: {pattern}");
                    }
                }
            }
        }

        Assert.True(offending.Count == 0, "Files that point outside the repository:\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("katottg-2025-07-02.csv")]
    [InlineData("kved-2010-sections-divisions.csv")]
    [InlineData("twin-towns.csv")]
    [InlineData("ukraine-oblasts.geojson")]
    [InlineData("hromada-centres-geonames.csv")]
    [InlineData("partner-cities-geonames.csv")]
    public void Open_data_ships_with_the_product_and_its_source_is_named(string fileName)
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.OpenData, fileName)), fileName + " is not beside the built assemblies");
        var readme = File.ReadAllText(Path.Combine(RepoPaths.RepoRoot, "Cms", "SisterCities.Cms", "OpenData", "README.md"));
        Assert.Contains("## " + fileName, readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wordpress_test_export_is_in_the_tests_with_its_source()
    {
        var file = Path.Combine(RepoPaths.TestData, "wordpress-theme-unit-test.wxr.xml");
        Assert.True(new FileInfo(file).Length > 500_000);
        Assert.Contains("## wordpress-theme-unit-test.wxr.xml", File.ReadAllText(Path.Combine(RepoPaths.TestData, "README.md")), StringComparison.Ordinal);
    }

    // The folders a build or a run writes, never part of a clone (.ci/run copies the repository without .git).
    private static readonly HashSet<string> Generated = [".git", "bin", "obj", "TestResults", "App_Data", "node_modules"];

    private static IEnumerable<string> TrackedFiles()
    {
        var pending = new Stack<string>([RepoPaths.RepoRoot]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                if (!Generated.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                yield return Path.GetRelativePath(RepoPaths.RepoRoot, file);
            }
        }
    }

    private static bool IsBinary(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[8000];
        var read = stream.Read(buffer, 0, buffer.Length);
        return Array.IndexOf(buffer, (byte)0, 0, read) >= 0;
    }
}

using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites.Import;

namespace SisterCities.Tests.Sites;

/// <summary>The shipped codifier, read and planned once per test run (it is immutable data).</summary>
internal static class CodifierFixture
{
    private static readonly Lazy<Task<(IReadOnlyList<PlannedSite> Sites, SiteImportReport Report)>> Planned = new(async () =>
    {
        await using var stream = File.OpenRead(OpenDataFiles.Katottg);
        return await SiteImporter.PlanAsync(stream, CancellationToken.None);
    });

    public static Task<(IReadOnlyList<PlannedSite> Sites, SiteImportReport Report)> PlanAsync() => Planned.Value;

    /// <summary>The real file's lines (header first), for building small files with broken rows.</summary>
    public static string[] Lines() => File.ReadAllLines(OpenDataFiles.Katottg);
}

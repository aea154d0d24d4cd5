using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Search;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

public sealed class IndexBenchSeedTests
{
    [Fact]
    public async Task Bench_seed_writes_pages_businesses_and_items_that_a_rebuild_indexes_as_the_asked_count()
    {
        using var app = CmsAppFactory.Sqlite();
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var data = RepoPaths.OpenData;
        var seeded = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(app.Services, ["index", "bench-seed", Path.Combine(data, "katottg-2025-07-02.csv"), Path.Combine(data, "kved-2010-sections-divisions.csv"), "50"], seeded, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Contains("seeded 5 businesses", seeded.ToString(), StringComparison.Ordinal);
        Assert.Contains("seeded 10 showroom items", seeded.ToString(), StringComparison.Ordinal);

        var rebuilt = new StringWriter();
        Assert.Equal(0, await CommandDispatcher.RunAsync(app.Services, ["index", "rebuild"], rebuilt, CancellationToken.None));
        Assert.Contains("Indexed 50 documents", rebuilt.ToString(), StringComparison.Ordinal);
        var search = app.Services.GetRequiredService<SearchService>();
        Assert.Equal(10, search.Search(new SearchRequest("Демо-підприємство", Type: "business")).Total);
        Assert.Equal(10, search.Search(new SearchRequest("Демо-виріб", Type: "showroomItem")).Total);
    }

}

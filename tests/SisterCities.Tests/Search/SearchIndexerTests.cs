using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Search;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Search.SearchTestContent;

namespace SisterCities.Tests.Search;

public sealed class SearchIndexerTests
{
    [Fact]
    public async Task Published_page_is_found_and_unpublished_page_is_gone()
    {
        using var app = CmsAppFactory.Sqlite();
        var (siteId, homeId) = await CreateSiteAsync(app, "nizhyn", "Ніжин", "Nizhyn");
        var key = await PublishPageAsync(app, siteId, homeId, "Ярмарок огірків у Ніжині", "Громада запрошує на ярмарок огірків.");
        await PublishPageAsync(app, siteId, homeId, "Чернетка про огірки", "Ще не опубліковано: огірки.", publish: false);

        var found = await WaitForAsync(app, "ярмарку огірків", r => r.Total > 0);
        var hit = Assert.Single(found.Hits);
        Assert.Equal($"content:{key}:uk", hit.Id);
        Assert.Equal("nizhyn", hit.SiteKey);
        Assert.Equal("Ніжин", hit.SiteName);
        Assert.StartsWith("/", hit.Url, StringComparison.Ordinal);

        await UnpublishAsync(app, key);
        var gone = await WaitForAsync(app, "ярмарку огірків", r => r.Total == 0);
        Assert.Equal(0, gone.Total);
    }

    [Fact]
    public async Task Restart_resumes_from_the_seq_stored_in_the_index_without_duplicates()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sistercities-tests", "search-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Cms:DataPath"] = dataPath };
        long seqBefore;
        try
        {
            using (var first = CmsAppFactory.Sqlite(settings))
            {
                var (siteId, homeId) = await CreateSiteAsync(first, "fastiv", "Фастів", "Fastiv");
                await PublishPageAsync(first, siteId, homeId, "Фастівський водоканал", "Графік подачі води.");
                await WaitForAsync(first, "водоканал", r => r.Total == 1);
                seqBefore = first.Services.GetRequiredService<SearchIndex>().Seq;
                Assert.True(seqBefore > 0);
            }

            using var second = CmsAppFactory.Sqlite(settings);
            await second.Services.GetRequiredService<SearchIndexer>().Ready;
            var index = second.Services.GetRequiredService<SearchIndex>();
            Assert.False(index.NeedsRebuild);
            Assert.True(index.Seq >= seqBefore);

            var site = await second.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<SisterCities.Cms.Data.CmsDbContext>().Set<SisterCities.Cms.Sites.Site>().Single()));
            var home = await second.WithScopeAsync(sp => Task.FromResult(sp.GetRequiredService<SisterCities.Cms.Data.CmsDbContext>().Set<SisterCities.Cms.Content.ContentItem>().Single(i => i.ParentId == null)));
            await PublishPageAsync(second, site.Id, home.Id, "Фастівський водоканал: ремонт", "Ремонт мережі.");
            var both = await WaitForAsync(second, "водоканал", r => r.Total == 2);
            Assert.Equal(2, both.Total);
            Assert.Equal(2, both.Hits.Select(h => h.Id).Distinct().Count());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Corrupt_index_at_start_is_rebuilt_in_the_background()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "sistercities-tests", "search-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Cms:DataPath"] = dataPath };
        try
        {
            using (var first = CmsAppFactory.Sqlite(settings))
            {
                var (siteId, homeId) = await CreateSiteAsync(first, "konotop", "Конотоп", "Konotop");
                await PublishPageAsync(first, siteId, homeId, "Конотопський музей", "Виставка про історію міста.");
                await WaitForAsync(first, "музей", r => r.Total == 1);
            }

            var searchRoot = Path.Combine(dataPath, "search");
            var active = Path.Combine(searchRoot, File.ReadAllText(Path.Combine(searchRoot, "active")).Trim());
            foreach (var file in Directory.GetFiles(active, "segments_*"))
            {
                await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7, 8]);
            }

            using var second = CmsAppFactory.Sqlite(settings);
            var found = await WaitForAsync(second, "музей", r => r.Total == 1);
            Assert.Equal(1, found.Total);
            var index = second.Services.GetRequiredService<SearchIndex>();
            Assert.False(index.NeedsRebuild);
            Assert.False(Directory.Exists(active));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Rebuild_swaps_to_a_new_folder_while_searches_keep_answering()
    {
        using var app = CmsAppFactory.Sqlite();
        var (siteId, homeId) = await CreateSiteAsync(app, "uman", "Умань", "Uman");
        for (var i = 0; i < 5; i++)
        {
            await PublishPageAsync(app, siteId, homeId, $"Софіївка, екскурсія {i}", "Дендропарк Софіївка запрошує.");
        }

        await WaitForAsync(app, "Софіївка", r => r.Total == 5);
        var search = app.Services.GetRequiredService<SearchService>();
        var rebuilder = app.Services.GetRequiredService<SearchRebuilder>();
        var root = Path.Combine(app.DataPath, "search");
        var before = File.ReadAllText(Path.Combine(root, "active"));

        using var stop = new CancellationTokenSource();
        var totals = new List<int>();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                totals.Add(search.Search(new SearchRequest("Sofiivka")).Total);
                await Task.Yield();
            }
        });
        await rebuilder.RebuildAsync(CancellationToken.None);
        await rebuilder.RebuildAsync(CancellationToken.None);
        await stop.CancelAsync();
        await searching;

        Assert.NotEmpty(totals);
        Assert.All(totals, t => Assert.Equal(5, t));
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(root, "active")));
        Assert.Single(Directory.GetDirectories(root, "index-*"));
        Assert.False(rebuilder.Progress.Running);
        Assert.Equal(5, rebuilder.Progress.Indexed);
    }

    [Fact]
    public async Task Index_rebuild_command_reports_the_documents_indexed()
    {
        using var app = CmsAppFactory.Sqlite();
        var (siteId, homeId) = await CreateSiteAsync(app, "irpin", "Ірпінь", "Irpin");
        await PublishPageAsync(app, siteId, homeId, "Відбудова Ірпеня", "Новий міст.");
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var output = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(app.Services, ["index", "rebuild"], output, CancellationToken.None);
        Assert.Equal(0, exit);
        Assert.Contains("Indexed 1 documents", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, (await WaitForAsync(app, "Ірпінь міст", r => r.Total == 1)).Total);
    }
}

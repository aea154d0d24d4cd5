using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Cli;
using SisterCities.Cms.Data;
using SisterCities.Cms.OpenData;
using SisterCities.Cms.Sites;
using SisterCities.Cms.Sites.Import;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Sites;

public sealed class SiteImportTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Importing_the_codifier_twice_adds_every_municipality_once(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);

        var first = await ImportAsync(app, OpenDataFiles.Katottg);
        var feedAfterFirst = await CountSiteFeedRowsAsync(app);
        var second = await ImportAsync(app, OpenDataFiles.Katottg);

        Assert.Equal((1470, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 1470), (second.Added, second.Updated, second.Unchanged));
        Assert.Empty(second.Problems);
        Assert.Equal(1470, feedAfterFirst);
        Assert.Equal(feedAfterFirst, await CountSiteFeedRowsAsync(app));
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Equal(1470, await db.Set<Site>().CountAsync());
            Assert.Equal(1470, await db.Set<Site>().Select(s => s.KatottgCode).Distinct().CountAsync());
            Assert.Equal(1470, await db.Set<SiteHostname>().CountAsync());
            var lviv = await db.Set<Site>().Include(s => s.Hostnames).SingleAsync(s => s.Key == "lviv");
            Assert.Equal(("Львів", "Lviv", "Львівська", "Lvivska Oblast"), (lviv.NameUk, lviv.NameEn, lviv.HromadaNameUk, lviv.OblastNameEn));
            Assert.Equal("lviv.localhost", Assert.Single(lviv.Hostnames).Hostname);
            Assert.Null(lviv.Population);
            Assert.Null(lviv.Latitude);
        });
        var directory = app.Services.GetRequiredService<SiteDirectory>();
        Assert.Equal("Zaporizhzhia", (await directory.FindByHostAsync("zaporizhzhia.localhost", CancellationToken.None))?.NameEn);
    }

    [Fact]
    public async Task A_renamed_site_gets_its_codifier_name_back_and_keeps_its_key()
    {
        using var app = CmsAppFactory.Sqlite();
        await ImportAsync(app, OpenDataFiles.Katottg);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var odesa = await db.Set<Site>().SingleAsync(s => s.Key == "odesa");
            odesa.NameUk = "Стара назва";
            await db.SaveChangesAsync();
        });

        var report = await ImportAsync(app, OpenDataFiles.Katottg);

        Assert.Equal((0, 1, 1469), (report.Added, report.Updated, report.Unchanged));
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Equal("Одеса", (await db.Set<Site>().SingleAsync(s => s.Key == "odesa")).NameUk);
        });
    }

    [Fact]
    public async Task Broken_lines_are_reported_with_line_numbers_and_good_rows_still_import()
    {
        using var app = CmsAppFactory.Sqlite();
        var real = CodifierFixture.Lines();
        var lvivOblast = Array.FindIndex(real, l => l.StartsWith("UA46000000000026241;;;;;O;", StringComparison.Ordinal));
        var block = real.Skip(lvivOblast).Take(160).ToList();
        var lines = new List<string> { real[0] };
        lines.AddRange(block.Take(40));                                                     // lines 2-41: real rows
        lines.Add("UA46000000000026241;UA46020000000012345;;;P;Забагато");                  // line 42: 6 columns
        lines.Add("UA46X;UA46020000000012345;UA46020010000011111;;;H;Поганий код");         // line 43: bad code
        lines.Add("UA46000000000026241;UA46020000000012345;UA46020010000011111;;;Z;Хтось"); // line 44: unknown category
        lines.Add("UA05000000000010236;UA05020000000026686;UA05020010000057822;;;H;Без області"); // line 45: no oblast row
        lines.AddRange(block.Skip(40));                                                     // lines 46 on: real rows
        var path = Path.Combine(app.DataPath, "broken.csv");
        await File.WriteAllLinesAsync(path, lines, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var expectedHromadas = block.Count(l => l.Split(';')[5] == "H");

        var output = new StringWriter();
        var exit = await CommandDispatcher.RunAsync(app.Services, ["sites", "import", path], output, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(3, exit);
        Assert.Contains("line 42: expected 7 semicolon-separated columns, found 6", text, StringComparison.Ordinal);
        Assert.Contains("line 43: column 1 holds 'UA46X'", text, StringComparison.Ordinal);
        Assert.Contains("line 44: unknown category 'Z'", text, StringComparison.Ordinal);
        Assert.Contains("line 45: hromada 'Без області' belongs to oblast UA05000000000010236", text, StringComparison.Ordinal);
        Assert.Contains($"{expectedHromadas} added", text, StringComparison.Ordinal);
        Assert.True(expectedHromadas >= 5);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Equal(expectedHromadas, await db.Set<Site>().CountAsync());
            Assert.DoesNotContain(await db.Set<Site>().Select(s => s.NameUk).ToListAsync(), n => n is "Поганий код" or "Хтось" or "Без області");
        });
    }

    [Fact]
    public async Task A_batch_that_fails_to_save_leaves_earlier_batches_whole_and_writes_nothing_of_its_own()
    {
        using var app = CmsAppFactory.Sqlite();
        var (all, _) = await CodifierFixture.PlanAsync();
        var planned = all.Take(SiteImporter.BatchSize + 20).ToList();
        // A second site with the same KATOTTG code in the second batch: the unique index refuses the whole batch.
        var twin = planned[SiteImporter.BatchSize + 5];
        planned.Insert(SiteImporter.BatchSize + 10, twin with { Key = twin.Key + "-twin" });

        var report = new SiteImportReport();
        await Assert.ThrowsAnyAsync<DbUpdateException>(() =>
            app.WithScopeAsync(services => services.GetRequiredService<SiteImporter>().ApplyAsync(planned, report, CancellationToken.None)));

        Assert.Equal(SiteImporter.BatchSize, report.Added);
        await app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            Assert.Equal(SiteImporter.BatchSize, await db.Set<Site>().CountAsync());
            Assert.Equal(SiteImporter.BatchSize, await db.ChangeFeed.CountAsync(c => c.Entity == Site.FeedEntityName));
        });
    }

    [Fact]
    public async Task A_missing_file_gets_a_clear_message_and_no_sites()
    {
        using var app = CmsAppFactory.Sqlite();
        var output = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(app.Services, ["sites", "import", "/no/such/katottg.csv"], output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("file not found: /no/such/katottg.csv", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_codifier_is_refused_without_writing()
    {
        using var app = CmsAppFactory.Sqlite();
        var path = Path.Combine(app.DataPath, "twin-towns.csv");
        File.Copy(OpenDataFiles.TwinTowns, path);
        var output = new StringWriter();

        var exit = await CommandDispatcher.RunAsync(app.Services, ["sites", "import", path], output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Contains("is not a KATOTTG codifier file", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithScopeAsync(services => services.GetRequiredService<CmsDbContext>().Set<Site>().CountAsync()));
    }

    private static Task<SiteImportReport> ImportAsync(CmsAppFactory app, string path) =>
        app.WithScopeAsync(services => services.GetRequiredService<SiteImporter>().ImportFileAsync(path, CancellationToken.None));

    private static Task<int> CountSiteFeedRowsAsync(CmsAppFactory app) =>
        app.WithScopeAsync(services => services.GetRequiredService<CmsDbContext>().ChangeFeed.CountAsync(c => c.Entity == Site.FeedEntityName));
}

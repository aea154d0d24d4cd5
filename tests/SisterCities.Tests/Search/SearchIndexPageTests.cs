using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Search;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Search;

/// <summary>The backoffice search index page and its status JSON: network admins only, antiforgery on the button, a rebuild that swaps.</summary>
public sealed class SearchIndexPageTests
{
    [Fact]
    public async Task Site_admin_and_editor_are_refused_the_search_index_page_and_the_rebuild()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        foreach (var email in new[] { "admin@lviv.example", "editor@lviv.example" })
        {
            var user = await bed.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/backoffice/search-index")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsync("/backoffice/search-index/rebuild")).StatusCode);
        }

        var anonymous = await bed.Anonymous().GetAsync("/backoffice/search-index");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.False(bed.App.Services.GetRequiredService<SearchRebuilder>().Progress.Running);
    }

    [Fact]
    public async Task Network_admin_rebuilds_through_the_page_and_search_keeps_answering()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        for (var i = 0; i < 3; i++)
        {
            var key = await bed.CreateNewsAsync(bed.LvivId, $"Ремонт трамвайних колій {i}", "<p>Трамвай у Львові.</p>");
            await bed.WithScopeAsync(sp => sp.GetRequiredService<ContentWriter>().PublishAsync(key, "uk", ContentAuthor.System, CancellationToken.None));
        }

        var search = bed.App.Services.GetRequiredService<SearchService>();
        await bed.App.Services.GetRequiredService<SearchIndexer>().Ready;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (search.Search(new SearchRequest("трамвайних")).Total < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(3, search.Search(new SearchRequest("трамвайних")).Total);
        var admin = await bed.SignInAsync("root@network.example");
        var page = await (await admin.GetAsync("/backoffice/search-index")).Content.ReadAsStringAsync();
        Assert.Contains("Rebuild the search index", page, StringComparison.Ordinal);
        var before = File.ReadAllText(Path.Combine(bed.DataPath, "search", "active"));

        // Without the antiforgery token the button does nothing.
        var forged = await admin.Http.PostAsync("/backoffice/search-index/rebuild", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(before, File.ReadAllText(Path.Combine(bed.DataPath, "search", "active")));

        var rebuilder = bed.App.Services.GetRequiredService<SearchRebuilder>();
        var totals = new List<int>();
        var posted = await admin.PostAsync("/backoffice/search-index/rebuild");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        deadline = DateTime.UtcNow.AddSeconds(30);
        string status;
        do
        {
            totals.Add(search.Search(new SearchRequest("трамвайних")).Total);
            status = await (await admin.GetAsync("/backoffice/search-index")).Content.ReadAsStringAsync();
        }
        while ((rebuilder.Progress.Running || rebuilder.Progress.FinishedAt is null) && DateTime.UtcNow < deadline);

        Assert.All(totals, t => Assert.Equal(3, t));
        Assert.Null(rebuilder.Progress.Error);
        Assert.NotEqual(before, File.ReadAllText(Path.Combine(bed.DataPath, "search", "active")));
        Assert.Equal(3, search.Search(new SearchRequest("трамвайних")).Total);
        Assert.Contains("Last rebuild finished", status + await (await admin.GetAsync("/backoffice/search-index")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_json_is_refused_to_other_staff_and_to_anonymous_visitors()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        foreach (var email in new[] { "admin@lviv.example", "editor@lviv.example" })
        {
            var refused = await (await bed.SignInAsync(email)).GetAsync("/backoffice/search-index/status");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("feedHead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var anonymous = await bed.Anonymous().GetAsync("/backoffice/search-index/status");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/backoffice/sign-in", anonymous.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_json_follows_a_rebuild_from_its_start_through_its_progress_to_its_result()
    {
        var gate = new GatedRebuildSource();
        await using var bed = await BackofficeTestBed.StartAsync(services: s => s.AddSingleton<ISearchDocumentSource>(gate));
        try
        {
            await bed.CreateUserAsync("root@network.example", networkAdmin: true);
            var admin = await bed.SignInAsync("root@network.example");
            var index = bed.App.Services.GetRequiredService<SearchIndex>();
            var rebuilder = bed.App.Services.GetRequiredService<SearchRebuilder>();
            await bed.App.Services.GetRequiredService<SearchIndexer>().Ready;
            await UntilAsync(() => !index.NeedsRebuild && !rebuilder.Progress.Running);

            // Idle after the start-up rebuild of a new install: its result, and the feed position.
            using (var idle = await StatusAsync(admin))
            {
                var root = idle.RootElement;
                Assert.True(root.GetProperty("isOpen").GetBoolean());
                Assert.False(root.GetProperty("needsRebuild").GetBoolean());
                Assert.Equal("Open", root.GetProperty("state").GetString());
                Assert.StartsWith("index-", root.GetProperty("folder").GetString(), StringComparison.Ordinal);
                Assert.True(root.GetProperty("documents").GetInt32() >= 0);
                var applied = root.GetProperty("appliedSeq").GetInt64();
                var head = root.GetProperty("feedHead").GetInt64();
                Assert.True(head >= applied);
                Assert.Equal(head - applied, root.GetProperty("behind").GetInt64());
                Assert.Contains($"feed head {head}", root.GetProperty("position").GetString(), StringComparison.Ordinal);
                var rebuild = root.GetProperty("rebuild");
                Assert.False(rebuild.GetProperty("running").GetBoolean());
                Assert.Equal(JsonValueKind.String, rebuild.GetProperty("finishedAt").ValueKind);
                Assert.EndsWith("(Київ)", rebuild.GetProperty("finishedAtKyiv").GetString(), StringComparison.Ordinal);
                Assert.Equal(JsonValueKind.Null, rebuild.GetProperty("error").ValueKind);
            }

            gate.Arm();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync("/backoffice/search-index/rebuild")).StatusCode);
            await gate.Started.WaitAsync(TimeSpan.FromMinutes(2));
            using (var started = await StatusAsync(admin))
            {
                var rebuild = started.RootElement.GetProperty("rebuild");
                Assert.True(rebuild.GetProperty("running").GetBoolean());
                Assert.Equal(0, rebuild.GetProperty("indexed").GetInt32());
                Assert.EndsWith("(Київ)", rebuild.GetProperty("startedAtKyiv").GetString(), StringComparison.Ordinal);
                Assert.Equal(JsonValueKind.Null, rebuild.GetProperty("finishedAt").ValueKind);
            }

            gate.OpenFirstGate();
            await gate.Written.WaitAsync(TimeSpan.FromMinutes(2));
            using (var progressing = await StatusAsync(admin))
            {
                var rebuild = progressing.RootElement.GetProperty("rebuild");
                Assert.True(rebuild.GetProperty("running").GetBoolean());
                Assert.Equal(GatedRebuildSource.Settlements, rebuild.GetProperty("indexed").GetInt32());
            }

            // The page says the same, loads the progress script and keeps the button hidden (a second rebuild would only join).
            var page = await (await admin.GetAsync("/backoffice/search-index")).Content.ReadAsStringAsync();
            Assert.Contains("Rebuilding: <strong>5,000</strong> documents written", page, StringComparison.Ordinal);
            Assert.Contains("<script src=\"/backoffice/search-index/rebuild-progress.js\" defer></script>", page, StringComparison.Ordinal);
            Assert.Contains("<div id=\"rebuild-start\" hidden=\"hidden\">", page, StringComparison.Ordinal);

            gate.OpenSecondGate();
            await UntilAsync(() => !rebuilder.Progress.Running);
            using var finished = await StatusAsync(admin);
            var result = finished.RootElement.GetProperty("rebuild");
            Assert.False(result.GetProperty("running").GetBoolean());
            Assert.Equal(JsonValueKind.Null, result.GetProperty("error").ValueKind);
            Assert.True(result.GetProperty("indexed").GetInt32() >= GatedRebuildSource.Settlements);
            Assert.EndsWith("(Київ)", result.GetProperty("finishedAtKyiv").GetString(), StringComparison.Ordinal);
            Assert.True(finished.RootElement.GetProperty("documents").GetInt32() >= GatedRebuildSource.Settlements);
            var idlePage = await (await admin.GetAsync("/backoffice/search-index")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("rebuild-progress.js", idlePage, StringComparison.Ordinal);
        }
        finally
        {
            gate.OpenAll();
        }
    }

    // The status JSON as the page's script gets it: 200, JSON, never stored by a cache.
    private static async Task<JsonDocument> StatusAsync(BackofficeClient admin)
    {
        var response = await admin.GetAsync("/backoffice/search-index/status");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, "The status must not be cached: " + response.Headers.CacheControl);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    // A hang guard for a machine shared by many builds, not a performance threshold.
    private static async Task UntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the search index.");
            await Task.Delay(50);
        }
    }
}

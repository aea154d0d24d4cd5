using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Search;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Search;

/// <summary>The backoffice search index page: network admins only, antiforgery on the button, a rebuild that swaps.</summary>
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
}

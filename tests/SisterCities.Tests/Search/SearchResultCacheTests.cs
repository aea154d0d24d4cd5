using SisterCities.Cms.Search;

namespace SisterCities.Tests.Search;

public sealed class SearchResultCacheTests
{
    [Fact]
    public async Task Repeated_search_is_answered_from_the_cache_until_the_index_changes()
    {
        using var index = new SearchIndexFixture([Doc("a", "Ніжинські огірки", "Ярмарок у Ніжині.")]);
        var first = index.Search("огірки");
        Assert.Same(first, index.Search("огірки"));
        Assert.NotSame(first, index.Search("Огірки")); // the answer echoes the query as typed
        Assert.NotSame(first, index.Service.Search(new SearchRequest("огірки", Site: "nizhyn")));

        await index.Index.ApplyAsync(new Dictionary<string, IReadOnlyList<SearchDocument>> { ["b"] = [Doc("b", "Огірки з Ніжина", "Рецепт.")] }, 2, CancellationToken.None);
        var after = index.Search("огірки");
        Assert.NotSame(first, after);
        Assert.Equal(2, after.Total);
    }

    [Fact]
    public void Cache_size_zero_turns_it_off()
    {
        using var index = new SearchIndexFixture([Doc("a", "Ніжинські огірки", "Ярмарок у Ніжині.")]);
        var uncached = new SearchService(index.Index, new SearchRebuilder(index.Index, null!, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SearchRebuilder>.Instance), new SearchSettings { ResultCacheSize = 0 });
        var first = uncached.Search(new SearchRequest("огірки"));
        Assert.NotSame(first, uncached.Search(new SearchRequest("огірки")));
        Assert.Equal(first.Total, uncached.Search(new SearchRequest("огірки")).Total);
    }

    private static SearchDocument Doc(string id, string title, string text) => new()
    {
        Id = id,
        Owner = id,
        Type = "page",
        Title = title,
        Text = text,
        Url = "/" + id,
        SiteKey = "nizhyn",
        SiteName = "Ніжин",
        Culture = "uk",
    };
}

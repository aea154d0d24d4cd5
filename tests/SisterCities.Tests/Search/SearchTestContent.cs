using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Search;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Search;

/// <summary>Small builders for search integration tests: a site with a home page, published pages, waiting for the index.</summary>
internal static class SearchTestContent
{
    private static readonly TimeSpan PatienceLimit = TimeSpan.FromSeconds(30);

    public static async Task<(int SiteId, int HomeId)> CreateSiteAsync(CmsAppFactory app, string key, string nameUk, string nameEn) =>
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var site = new Site { Key = key, NameUk = nameUk, NameEn = nameEn, CreatedAt = DateTimeOffset.UtcNow };
            db.Add(site);
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var home = await sp.GetRequiredService<ContentWriter>().CreateAsync(
                site.Id, null, Type(ContentTypeAliases.Home), new Dictionary<string, ContentDraft> { ["uk"] = new(nameUk, null, []) }, ContentAuthor.System, CancellationToken.None);
            return (site.Id, home.Id);
        });

    public static async Task<Guid> PublishPageAsync(CmsAppFactory app, int siteId, int parentId, string name, string body, bool publish = true) =>
        await app.WithScopeAsync(async sp =>
        {
            var writer = sp.GetRequiredService<ContentWriter>();
            var values = new JsonObject { ["summary"] = name, ["body"] = $"<p>{body}</p>" };
            var item = await writer.CreateAsync(
                siteId, parentId, Type(ContentTypeAliases.Page), new Dictionary<string, ContentDraft> { ["uk"] = new(name, null, values) }, ContentAuthor.System, CancellationToken.None);
            if (publish)
            {
                await writer.PublishAsync(item.Key, "uk", ContentAuthor.System, CancellationToken.None);
            }

            return item.Key;
        });

    public static Task UnpublishAsync(CmsAppFactory app, Guid key) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<ContentWriter>().UnpublishAsync(key, "uk", ContentAuthor.System, CancellationToken.None));

    public static async Task<SearchResponse> WaitForAsync(CmsAppFactory app, string query, Func<SearchResponse, bool> condition)
    {
        var search = app.Services.GetRequiredService<SearchService>();
        await app.Services.GetRequiredService<SearchIndexer>().Ready;
        var deadline = DateTime.UtcNow + PatienceLimit;
        while (true)
        {
            var response = search.Search(new SearchRequest(query));
            if (condition(response) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(50);
        }
    }

    private static ContentType Type(string alias) => BuiltInContentTypes.All.Single(t => t.Alias == alias);
}

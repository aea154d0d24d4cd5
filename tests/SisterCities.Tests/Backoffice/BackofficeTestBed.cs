using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Backoffice;

/// <summary>
/// A running CMS on a fresh SQLite file with two real hromadas (Lviv and Kyiv, codes from the KATOTTG codifier
/// of 2025-07-02), plus helpers to make users with roles, news items, and signed-in HTTP clients.
/// </summary>
public sealed class BackofficeTestBed : IAsyncDisposable
{
    public const string LvivCode = "UA46060250000025047";
    public const string KyivCode = "UA80000000000093317";
    public const string Password = "kashtany-na-khreshchatyku";

    private readonly CmsAppFactory _root;

    private BackofficeTestBed(CmsAppFactory root, WebApplicationFactory<Program> app)
    {
        _root = root;
        App = app;
    }

    public WebApplicationFactory<Program> App { get; }

    /// <summary>The server's address when started with a real socket (kestrel: true).</summary>
    public string BaseAddress => App.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);

    public string DataPath => _root.DataPath;

    public int LvivId { get; private set; }

    public int KyivId { get; private set; }

    public static async Task<BackofficeTestBed> StartAsync(
        TimeProvider? clock = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, bool seedSites = true,
        DatabaseProvider provider = DatabaseProvider.Sqlite, bool kestrel = false)
    {
        var root = CmsAppFactory.For(provider, settings);
        var app = root.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            if (clock is not null)
            {
                s.AddSingleton(clock);
            }

            services?.Invoke(s);
        }));
        var bed = new BackofficeTestBed(root, app);
        if (kestrel)
        {
            // A real socket on 127.0.0.1 for browser tests.
            app.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
            app.StartServer();
        }
        else
        {
            _ = app.Server;
        }

        if (seedSites)
        {
            await bed.SeedSitesAsync();
        }
        else
        {
            (bed.LvivId, bed.KyivId) = await bed.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<CmsDbContext>();
                return (await db.Set<Site>().Where(s => s.Key == "lviv").Select(s => s.Id).SingleAsync(), await db.Set<Site>().Where(s => s.Key == "kyiv").Select(s => s.Id).SingleAsync());
            });
        }
        return bed;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Creates a user with a password and, when given, a role on one site.</summary>
    public Task<string> CreateUserAsync(string email, int? siteId = null, SiteRole? role = null, bool networkAdmin = false) =>
        WithScopeAsync(async sp =>
        {
            var accounts = sp.GetRequiredService<AccountAdministration>();
            if (networkAdmin)
            {
                var result = await accounts.CreateNetworkAdminAsync(email, Password, null, CancellationToken.None);
                Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
                return await sp.GetRequiredService<CmsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            }

            var (created, user) = await accounts.CreateUserAsync(email, email.Split('@')[0], Password, null, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            if (siteId is not null && role is not null)
            {
                await accounts.GrantAsync(user.Id, siteId.Value, role.Value, null, CancellationToken.None);
            }

            return user.Id;
        });

    public Task<Editor> EditorAsync(string userId) =>
        WithScopeAsync(async sp => (await sp.GetRequiredService<SiteAccess>().LoadAsync(userId, CancellationToken.None))!);

    /// <summary>Home → News → one article (uk and en drafts); returns the article's key.</summary>
    public Task<Guid> CreateNewsAsync(int siteId, string nameUk, string body = "<p>Текст новини.</p>") =>
        WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var writer = sp.GetRequiredService<ContentWriter>();
            var types = await db.Set<ContentType>().ToDictionaryAsync(t => t.Alias);
            var home = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.SiteId == siteId && i.ParentId == null)
                ?? await writer.CreateAsync(siteId, null, types[ContentTypeAliases.Home], Cultures("Головна", "Home", []), ContentAuthor.System, CancellationToken.None);
            var news = await db.Set<ContentItem>().SingleOrDefaultAsync(i => i.SiteId == siteId && i.ContentTypeAlias == ContentTypeAliases.NewsList)
                ?? await writer.CreateAsync(siteId, home.Id, types[ContentTypeAliases.NewsList], Cultures("Новини", "News", []), ContentAuthor.System, CancellationToken.None);
            var values = new JsonObject { ["summary"] = "Коротко.", ["body"] = body };
            var article = await writer.CreateAsync(siteId, news.Id, types[ContentTypeAliases.NewsArticle], Cultures(nameUk, nameUk + " (en)", values), ContentAuthor.System, CancellationToken.None);
            return article.Key;
        });

    public Task<ContentVariant> VariantAsync(Guid key, string culture = "uk") =>
        WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ContentVariant>().AsNoTracking().SingleAsync(v => v.ItemKey == key && v.Culture == culture));

    public async Task<BackofficeClient> SignInAsync(string email, string password = Password)
    {
        var client = new BackofficeClient(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var response = await client.PostAsync("/backoffice/sign-in", ("Email", email), ("Password", password));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        client.ForgetToken();
        return client;
    }

    public BackofficeClient Anonymous() =>
        new(App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _root.DisposeAsync();
    }

    private static Dictionary<string, ContentDraft> Cultures(string uk, string en, JsonObject values) => new()
    {
        ["uk"] = new ContentDraft(uk, null, values),
        ["en"] = new ContentDraft(en, null, (JsonObject)values.DeepClone()),
    };

    private async Task SeedSitesAsync()
    {
        (LvivId, KyivId) = await WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = new Site { Key = "lviv", NameUk = "Львівська громада", NameEn = "Lviv hromada", KatottgCode = LvivCode, OblastNameUk = "Львівська", OblastNameEn = "Lviv" };
            var kyiv = new Site { Key = "kyiv", NameUk = "Київ", NameEn = "Kyiv", KatottgCode = KyivCode };
            db.AddRange(lviv, kyiv);
            await db.SaveChangesAsync();
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            return (lviv.Id, kyiv.Id);
        });
    }
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Media;

/// <summary>The real host on a real SQLite file, with a test sign-in scheme and a fake clock. Shared by one test class.</summary>
public class MediaTestHost : IDisposable
{
    public static readonly DateTimeOffset Epoch = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    private readonly CmsAppFactory _root;

    public MediaTestHost()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected MediaTestHost(DatabaseProvider provider)
    {
        _root = CmsAppFactory.For(provider, new Dictionary<string, string?>
        {
            ["Cms:Media:MaxUploadBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Media:MaxFrames"] = "100",
        });
        App = _root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTestScheme<TestAuthHandler>(TestAuthHandler.SchemeName);
        }));
    }

    public FakeClock Clock { get; } = new(Epoch);

    public WebApplicationFactory<Program> App { get; }

    public string DataPath => _root.DataPath;

    /// <summary>A client signed in as a network administrator unless other roles or sites are given.</summary>
    public HttpClient Client(string? user = "editor", string roles = "network-admin", string sites = "")
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-Test-User", user);
            client.DefaultRequestHeaders.Add("X-Test-Roles", roles);
            client.DefaultRequestHeaders.Add("X-Test-Sites", sites);
        }

        return client;
    }

    public async Task<int> EnsureSiteAsync(string key)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var site = db.Set<Site>().FirstOrDefault(s => s.Key == key);
        if (site is null)
        {
            site = new Site { Key = key, NameUk = "Громада " + key, NameEn = "Hromada " + key };
            db.Add(site);
            await db.SaveChangesAsync();
        }

        scope.ServiceProvider.GetRequiredService<SiteDirectory>().Invalidate();
        return site.Id;
    }

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string declaredType = "application/octet-stream", IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            App.Dispose();
            _root.Dispose();
        }
    }
}

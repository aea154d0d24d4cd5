using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Forms.Definitions;
using SisterCities.Cms.Forms.Workflows;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;
using SisterCities.Tests.Partnerships;

namespace SisterCities.Tests.Forms;

/// <summary>
/// The real host on a real database with the site of Lviv (its home page included), a fake clock, a recording webhook
/// endpoint and a test sign-in. Background jobs are off: tests run the outbox and retention themselves.
/// </summary>
internal sealed partial class FormsHarness : IAsyncDisposable
{
    private readonly CmsAppFactory _base;

    private FormsHarness(CmsAppFactory baseFactory, WebApplicationFactory<Program> app)
    {
        _base = baseFactory;
        App = app;
    }

    public static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public WebApplicationFactory<Program> App { get; }

    public FakeClock Clock { get; } = new(Start);

    public RecordingWebhook Webhook { get; } = new();

    public string DataPath => _base.DataPath;

    public int SiteId { get; private set; }

    /// <summary>A real account with the Editor role on Lviv: form entries are for a site's editors only.</summary>
    public string EditorId { get; private set; } = "";

    public static async Task<FormsHarness> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Forms:RunBackgroundJobs"] = "false",
            ["Forms:MinimumFillSeconds"] = "0",
            ["Forms:RateLimitWindowSeconds"] = "3600",
            ["Forms:SubmissionsPerIpPerWindow"] = "1000",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var baseFactory = CmsAppFactory.For(provider, all);
        FormsHarness? harness = null;
        var app = baseFactory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(harness!.Clock);
            services.AddTestScheme<TestAuthHandler>(TestAuthHandler.SchemeName);
            services.AddHttpClient(WebhookWorkflow.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => harness!.Webhook);
        }));
        harness = new FormsHarness(baseFactory, app);
        await harness.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var lviv = (await RealSites.AddAsync(db, RealSites.Lviv()))[0];
            harness.SiteId = lviv.Id;
            var home = await db.Set<ContentType>().SingleAsync(t => t.Alias == ContentTypeAliases.Home);
            await sp.GetRequiredService<ContentWriter>().CreateAsync(
                lviv.Id, null, home, new Dictionary<string, ContentDraft> { ["uk"] = new("Львів", null, []), ["en"] = new("Lviv", null, []) }, ContentAuthor.System, default);
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var accounts = sp.GetRequiredService<SisterCities.Cms.Accounts.AccountAdministration>();
            var (created, editor) = await accounts.CreateUserAsync("editor@lviv.ua", "Lviv editor", "correct-horse-battery-9", null, default);
            Assert.True(created.Succeeded);
            await accounts.GrantAsync(editor.Id, lviv.Id, SisterCities.Cms.Accounts.SiteRole.Editor, null, default);
            harness.EditorId = editor.Id;
        });
        return harness;
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<FormDefinition> CreateFormAsync(FormSchema schema, bool networkWide = false, Guid? key = null) =>
        WithScopeAsync(sp => sp.GetRequiredService<FormDefinitionWriter>().CreateAsync(key ?? Guid.NewGuid(), networkWide ? null : SiteId, "Contact the city hall", schema, default));

    /// <summary>A browser on Lviv's site (resolved by its host name); <paramref name="host"/> "localhost" is the network, no site.</summary>
    public HttpClient Client(string host = "lviv.localhost") =>
        App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri($"http://{host}/") });

    public HttpClient Editor()
    {
        var client = Client();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, EditorId + ";editor@lviv.ua");
        return client;
    }

    public Task<int> RunWorkflowsAsync() => App.Services.GetRequiredService<FormWorkflowRunner>().RunDueJobsAsync(default);

    /// <summary>Opens the form page like a browser and returns the hidden fields a post must send back.</summary>
    public static async Task<Dictionary<string, string>> OpenAsync(HttpClient client, Guid key, string culture = "en")
    {
        var html = await client.GetStringAsync($"/forms/{key}?culture={culture}");
        return HiddenInput().Matches(html).ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, Guid key, Dictionary<string, string> hidden, IEnumerable<(string Name, string Value)> fields, (string Field, string Name, byte[] Bytes)? file = null)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in hidden.Where(h => h.Key.StartsWith("__", StringComparison.Ordinal)))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Bytes);
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(bytes, f.Field, f.Name);
        }

        return await client.PostAsync($"/forms/{key}/submit", content);
    }

    public static IEnumerable<(string, string)> ValidContact(string name = "Olena Kovalenko") =>
        [("name", name), ("email", "olena@lviv.ua"), ("topic", "services"), ("message", "Where do I renew a passport?"), ("consent", "true"), ("__action", "submit")];

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await _base.DisposeAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__[A-Za-z]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}

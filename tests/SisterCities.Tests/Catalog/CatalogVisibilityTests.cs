using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Cms.Data;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog;

public sealed class CatalogVisibilityTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Only_verified_businesses_and_their_items_and_projects_reach_the_public_API(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await SeedSitesAsync(app.Services);
        var verified = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(1), name: "Test: verified"), owner: "o1");
        var hidden = new List<Business>
        {
            await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2), name: "Test: pending"), owner: "o2", state: VerificationState.Pending),
            await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(3), name: "Test: rejected"), owner: "o3", state: VerificationState.Rejected),
            await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(4), name: "Test: suspended"), owner: "o4", state: VerificationState.Suspended),
        };
        var projects = new Dictionary<Guid, Guid>();
        await app.WithScopeAsync(async services =>
        {
            var showroom = services.GetRequiredService<ShowroomEditing>();
            var editing = services.GetRequiredService<ProjectEditing>();
            foreach (var (business, owner) in new[] { (verified, "o1"), (hidden[0], "o2"), (hidden[1], "o3") })
            {
                Assert.True((await showroom.CreateAsync(TestActor.User(owner), business.Id, Item("Test item"), CancellationToken.None)).Succeeded);
                var project = await editing.CreateAsync(TestActor.User(owner), Project(business.Id, ProjectStatus.Open), CancellationToken.None);
                projects[business.Id] = project.Value!.Id;
            }
        });

        var client = app.CreateClient();
        var list = await GetJsonAsync(client, "/api/v1/businesses");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(verified.Id, list.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/businesses/{verified.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/showrooms/{verified.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/projects/{projects[verified.Id]}")).StatusCode);
        foreach (var business in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/businesses/{business.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/showrooms/{business.Id}")).StatusCode);
            if (projects.TryGetValue(business.Id, out var projectId))
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/projects/{projectId}")).StatusCode);
            }
        }

        var projectList = await GetJsonAsync(client, "/api/v1/projects");
        Assert.Equal(1, projectList.GetProperty("total").GetInt32());
        Assert.Equal(projects[verified.Id], projectList.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Municipal_projects_are_public_only_while_open_or_funded(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await SeedSitesAsync(app.Services);
        var ids = new Dictionary<ProjectStatus, Guid>();
        await app.WithScopeAsync(async services =>
        {
            var editing = services.GetRequiredService<ProjectEditing>();
            foreach (var status in Enum.GetValues<ProjectStatus>())
            {
                var draft = Project(null, status);
                draft.OwnerSiteId = sites.Kharkiv;
                draft.LocationSiteId = sites.Kharkiv;
                var created = await editing.CreateAsync(TestActor.SiteAdmin("kharkiv-admin", sites.Kharkiv), draft, CancellationToken.None);
                Assert.True(created.Succeeded);
                ids[status] = created.Value!.Id;
            }
        });

        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/projects/{ids[ProjectStatus.Open]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/projects/{ids[ProjectStatus.Funded]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/projects/{ids[ProjectStatus.Draft]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/projects/{ids[ProjectStatus.Closed]}")).StatusCode);
        var list = await GetJsonAsync(client, "/api/v1/projects?municipality=kharkiv");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var detail = await GetJsonAsync(client, $"/api/v1/projects/{ids[ProjectStatus.Open]}");
        Assert.Equal("kharkiv", detail.GetProperty("ownerMunicipality").GetProperty("key").GetString());
        Assert.False(detail.TryGetProperty("contact", out _));
        Assert.DoesNotContain("invest@example.org", detail.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Filters_and_paging_translate_on_both_databases(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        await SeedSitesAsync(app.Services);
        var exporter = Ukrainian(ValidEdrpou(1), "lviv", "Test: Львівська Пекарня", "10");
        exporter.ExportMarkets = ["PL"];
        await RegisterAsync(app.Services, exporter, owner: "a");
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(2), "kharkiv", "Test: Харківський Софт", "62"), owner: "b");
        await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(3), "kharkiv", "Test: Харківська пекарня", "10"), owner: "c");
        var client = app.CreateClient();

        Assert.Equal(2, (await GetJsonAsync(client, "/api/v1/businesses?q=" + Uri.EscapeDataString("ПЕКАРНЯ"))).GetProperty("total").GetInt32());
        Assert.Equal(2, (await GetJsonAsync(client, "/api/v1/businesses?activity=C")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await GetJsonAsync(client, "/api/v1/businesses?activity=10&municipality=kharkiv")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await GetJsonAsync(client, "/api/v1/businesses?exporting=true")).GetProperty("total").GetInt32());
        var page = await GetJsonAsync(client, "/api/v1/businesses?skip=2&take=2");
        Assert.Equal((3, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
    }

    internal static ShowroomItemDraft Item(string name, string kved = "62", bool export = false) => new()
    {
        Kind = ShowroomItemKind.Service,
        KvedCode = kved,
        AvailableForExport = export,
        Texts = new() { ["en"] = new ShowroomItemText { Name = name, Description = "A test item." } },
        PriceMin = 100,
        PriceMax = 200,
        PriceCurrency = "EUR",
    };

    internal static ProjectDraft Project(Guid? businessId, ProjectStatus status) => new()
    {
        BusinessId = businessId,
        Texts = new() { ["en"] = new ProjectText { Title = "Test: project", Description = "A test project, not a real one." } },
        Sector = "D",
        Stage = ProjectStage.Feasibility,
        AmountSought = 1_500_000,
        Currency = "EUR",
        Status = status,
        Contact = new ProjectContact { Name = "Test contact", Email = "invest@example.org", Phone = "+380 57 000 00 00" },
    };

    internal static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

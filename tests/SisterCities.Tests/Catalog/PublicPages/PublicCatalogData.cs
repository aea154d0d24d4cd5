using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Projects;
using SisterCities.Cms.Catalog.PublicPages;
using SisterCities.Cms.Catalog.Showrooms;
using SisterCities.Tests.Infrastructure;
using static SisterCities.Tests.Catalog.CatalogTestData;

namespace SisterCities.Tests.Catalog.PublicPages;

/// <summary>
/// A small catalog for the public pages: in Lviv a verified bakery (exporting, with a priced item and a project),
/// a pending and a suspended business; a verified software company in Kharkiv; a verified Polish partner.
/// Every record is named "Test: …" (see <see cref="CatalogTestData"/>).
/// </summary>
internal sealed record PublicCatalogData(Business LvivBakery, Business Pending, Business Suspended, Business KharkivSoft, Business Polish, Guid BakeryProject)
{
    public const string ContactEmail = "office@example.org";
    public const string ContactPhone = "+380 32 000 00 00";

    public static async Task<PublicCatalogData> SeedAsync(CmsAppFactory app)
    {
        await SeedSitesAsync(app.Services);
        var bakeryRequest = Ukrainian(ValidEdrpou(11), "lviv", "Test: Львівська пекарня", "10");
        bakeryRequest.ExportMarkets = ["PL", "DE"];
        var bakery = await RegisterAsync(app.Services, bakeryRequest, owner: "baker");
        var pending = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(12), "lviv", "Test: Pending mill", "10"), owner: "p", state: VerificationState.Pending);
        var suspended = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(13), "lviv", "Test: Suspended brewery", "11"), owner: "s", state: VerificationState.Suspended);
        var soft = await RegisterAsync(app.Services, Ukrainian(ValidEdrpou(14), "kharkiv", "Test: Kharkiv Soft", "62"), owner: "k");
        var polish = await RegisterAsync(app.Services, Foreign("PL", "Wrocław", "Test: Polish partner"), owner: "pl");
        var project = await app.WithScopeAsync(async services =>
        {
            var showroom = services.GetRequiredService<ShowroomEditing>();
            var item = CatalogVisibilityTests.Item("Test: rye bread", "10", export: true);
            item.MinimumOrder = "1 pallet";
            Assert.True((await showroom.CreateAsync(TestActor.User("baker"), bakery.Id, item, CancellationToken.None)).Succeeded);
            var draft = CatalogVisibilityTests.Project(bakery.Id, ProjectStatus.Open);
            draft.Contact = new ProjectContact { Name = "Test contact", Email = "invest@example.org", Phone = "+380 32 111 11 11" };
            var created = await services.GetRequiredService<ProjectEditing>().CreateAsync(TestActor.User("baker"), draft, CancellationToken.None);
            Assert.True(created.Succeeded);
            return created.Value!.Id;
        });
        return new PublicCatalogData(bakery, pending, suspended, soft, polish, project);
    }

    public static string ShowroomPath(Business business) => CatalogPaths.Business(business.Id, business.DisplayName);

    /// <summary>The antiforgery token of the first form on a page (the client keeps the matching cookie).</summary>
    public static string AntiforgeryToken(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>Every JSON-LD block of a page, parsed.</summary>
    public static List<JsonElement> JsonLd(string html) =>
        Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)
            .Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone()).ToList();
}

using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>Deny by default on every partnership screen: every route is enumerated from the endpoint table, not listed by hand.</summary>
public sealed class PartnershipScreenAccessTests
{
    private static readonly string[] Prefixes = ["backoffice/sites/{siteKey}/partnerships", "backoffice/sites/{siteKey}/offers", "backoffice/sites/{siteKey}/events"];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Kyiv_editor_gets_403_on_every_route_of_Lvivs_partnerships_offers_offer_answers_and_events_and_nothing_changes(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var answer = await OfferAnswerData.AnswerAsync(bed, data.LvivOffer, "Test: a real answer", "Повідомлення для Львова.");
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var kyiv = await bed.SignInAsync("editor@kyiv.example");

        var routes = SiteRoutes(bed);
        Assert.Equal(24, routes.Count);
        foreach (var (method, pattern) in routes)
        {
            var key = pattern.Contains("/partnerships", StringComparison.Ordinal) ? data.LvivPartnership
                : pattern.Contains("/offers", StringComparison.Ordinal) ? data.LvivOffer : data.LvivEvent;
            var path = "/" + pattern.Replace("{siteKey}", "lviv").Replace("{key:guid}", key.ToString()).Replace("{inquiryId:guid}", answer.ToString());
            var response = method == "GET"
                ? await kyiv.GetAsync(path)
                : await kyiv.PostAsync(path, ("titleUk", "Захоплено"), ("titleEn", "Taken"), ("status", "Active"), ("partnerCityId", data.WinnipegId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path} answered {(int)response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Test: seeking partners", body, StringComparison.Ordinal);
            Assert.DoesNotContain("anna.kowalska@lublin.example", body, StringComparison.Ordinal);
        }

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Equal(1, await db.Set<Partnership>().CountAsync(p => p.SiteId == bed.LvivId));
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.SiteId == bed.LvivId && !a.Action.StartsWith("role-")));
            var offer = await db.Set<Cms.Partnerships.Offers.CooperationOffer>().SingleAsync(o => o.Key == data.LvivOffer);
            Assert.True(offer.Published);
            Assert.Null(offer.WithdrawnAt);
            var stored = await db.Set<Cms.Catalog.Inquiries.Inquiry>().SingleAsync(i => i.Id == answer);
            Assert.Equal((null, null), (stored.ReadAt, stored.RepliedAt));
            Assert.False(await db.Set<Cms.Notifications.OutboxMail>().AnyAsync(m => m.To == "anna.kowalska@lublin.example"));
        });

        // Kyiv's own records are not reachable under Lviv's address by Lviv's editor either: 404, not someone else's data.
        var lviv = await bed.SignInAsync("editor@lviv.example");
        foreach (var path in new[] { $"/backoffice/sites/lviv/partnerships/{data.KyivPartnership}", $"/backoffice/sites/lviv/offers/{data.KyivOffer}", $"/backoffice/sites/lviv/events/{data.KyivEvent}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await lviv.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await lviv.PostAsync($"/backoffice/sites/lviv/offers/{data.KyivOffer}/withdraw")).StatusCode);
    }

    [Fact]
    public async Task Authors_are_refused_everywhere_and_partner_cities_are_changed_only_by_partnered_editors_and_network_admins()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);

        var author = await bed.SignInAsync("author@lviv.example");
        var cityRoutes = new[] { "/backoffice/partnerships", "/backoffice/partner-cities", "/backoffice/partner-cities/new", $"/backoffice/partner-cities/{data.WinnipegKey}" };
        foreach (var path in cityRoutes.Concat(SiteRoutes(bed).Where(r => r.Method == "GET").Select(r => "/" + r.Pattern.Replace("{siteKey}", "lviv").Replace("{key:guid}", Guid.NewGuid().ToString()).Replace("{inquiryId:guid}", Guid.NewGuid().ToString()))))
        {
            var response = await author.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} answered {(int)response.StatusCode} to an author");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync("/backoffice/partner-cities/new", ("nameNative", "Brno"), ("nameEn", "Brno"), ("countryCode", "CZ"))).StatusCode);
        Assert.DoesNotContain("/backoffice/partnerships", await author.Http.GetStringAsync("/backoffice"), StringComparison.Ordinal);

        // Winnipeg is Lviv's partner: Kyiv's editor may list cities but not rename Lviv's partner.
        var kyiv = await bed.SignInAsync("editor@kyiv.example");
        Assert.Equal(HttpStatusCode.OK, (await kyiv.GetAsync("/backoffice/partner-cities")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kyiv.GetAsync($"/backoffice/partner-cities/{data.WinnipegKey}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kyiv.PostAsync($"/backoffice/partner-cities/{data.WinnipegKey}", ("nameNative", "X"), ("nameEn", "X"), ("countryCode", "CA"))).StatusCode);

        var lviv = await bed.SignInAsync("editor@lviv.example");
        Assert.Contains("/backoffice/partnerships", await lviv.Http.GetStringAsync("/backoffice"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await lviv.GetAsync($"/backoffice/partner-cities/{data.WinnipegKey}")).StatusCode);

        var root = await bed.SignInAsync("root@network.example");
        foreach (var (method, pattern) in SiteRoutes(bed).Where(r => r.Method == "GET"))
        {
            var key = pattern.Contains("/partnerships", StringComparison.Ordinal) ? data.KyivPartnership : pattern.Contains("/offers", StringComparison.Ordinal) ? data.KyivOffer : data.KyivEvent;
            var path = "/" + pattern.Replace("{siteKey}", "kyiv").Replace("{key:guid}", key.ToString());
            Assert.True((await root.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{method} {path} refused a network admin");
        }

        var tidy = await root.PostAsync($"/backoffice/partner-cities/{data.WinnipegKey}", ("nameNative", "Winnipeg"), ("nameEn", "Winnipeg"), ("nameUk", "Вінніпеґ"), ("countryCode", "ca"), ("region", "Manitoba"));
        Assert.Equal(HttpStatusCode.Redirect, tidy.StatusCode);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var city = await db.Set<PartnerCity>().SingleAsync(c => c.Key == data.WinnipegKey);
            Assert.Equal(("Вінніпеґ", "CA", (double?)null), (city.NameUk, city.CountryCode, city.Latitude));
            var entry = await db.Set<AuditEntry>().SingleAsync(a => a.Subject == data.WinnipegKey.ToString());
            Assert.Equal("partner-city-saved", entry.Action);
            Assert.Equal(await db.Users.Where(u => u.Email == "root@network.example").Select(u => u.Id).SingleAsync(), entry.ActorId);
        });
    }

    /// <summary>Every (method, route) of the per-site partnership screens, from the app's endpoint table.</summary>
    private static List<(string Method, string Pattern)> SiteRoutes(BackofficeTestBed bed) =>
        bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Prefixes.Any(p => e.RoutePattern.RawText?.StartsWith(p, StringComparison.Ordinal) == true))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct().OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal).ToList();
}

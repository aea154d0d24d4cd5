using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;
using Calendar = Ical.Net.Calendar;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>Network-wide events (no host site): created, edited and cancelled by network admins only, shown on the hub and in the feeds.</summary>
public sealed class NetworkEventScreenTests
{
    private const string Root = "/backoffice/network/events";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_network_admin_creates_edits_and_cancels_a_network_wide_event_and_the_hub_calendar_and_ics_follow(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        var rootId = await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        var root = await bed.SignInAsync("root@network.example");
        Assert.Contains($"href=\"{Root}\"", await root.Http.GetStringAsync("/backoffice/partnerships"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await root.GetAsync($"{Root}/new")).StatusCode);

        var lviv = bed.LvivId.ToString(CultureInfo.InvariantCulture);
        var kyiv = bed.KyivId.ToString(CultureInfo.InvariantCulture);
        var business = Guid.NewGuid().ToString();
        (string, string)[] tour =
        [
            ("kind", "promotionalTour"), ("titleUk", "Test: світовий тур українського бізнесу — Вінніпег"), ("titleEn", "Test: Ukrainian business world tour — Winnipeg"),
            ("descriptionEn", "Investors meet Ukrainian producers."), ("startsAt", "2027-03-10T10:00"), ("endsAt", "2027-03-10T18:00"),
            ("placePartnerCityId", data.WinnipegId.ToString(CultureInfo.InvariantCulture)), ("venue", "RBC Convention Centre"),
            ("linkedSiteIds", lviv), ("linkedSiteIds", kyiv), ("linkedBusinessKeys", business), ("registrationUrl", "https://example.org/tour"), ("published", "true"),
        ];

        // The editor's rules hold here too: an end before the start is refused at the field and nothing is stored.
        var bad = await root.PostAsync($"{Root}/new", [.. tour.Where(f => f.Item1 != "endsAt"), ("endsAt", "2027-03-10T09:00")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("id=\"e-endsAt\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await root.PostAsync($"{Root}/new", tour);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0]);
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var e = await db.Set<NetworkEvent>().AsNoTracking().SingleAsync(x => x.Key == key);
            Assert.Null(e.HostSiteId);
            Assert.Equal(new DateTimeOffset(2027, 3, 10, 8, 0, 0, TimeSpan.Zero), e.StartsAt); // 10:00 in Kyiv in March is UTC+2
            Assert.Equal([bed.LvivId, bed.KyivId], e.LinkedSiteIds);
            Assert.Equal([Guid.Parse(business)], e.LinkedBusinessKeys);
            Assert.Equal(data.WinnipegId, e.PlacePartnerCityId);
            var audit = await db.Set<AuditEntry>().SingleAsync(a => a.Subject == key.ToString());
            Assert.Equal(("event-created", (int?)null, rootId), (audit.Action, audit.SiteId, audit.ActorId));
        });

        var list = await root.Http.GetStringAsync(Root);
        Assert.Contains($"href=\"{Root}/{key}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: форум", list, StringComparison.Ordinal); // Lviv's own event is not network-wide
        Assert.Contains("value=\"2027-03-10T10:00\"", await root.Http.GetStringAsync($"{Root}/{key}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await root.GetAsync($"{Root}/{data.LvivEvent}")).StatusCode);

        var saved = await root.PostAsync($"{Root}/{key}", [.. tour.Where(f => f.Item1 != "venue"), ("venue", "Winnipeg City Hall")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var visitor = bed.App.CreateClient();
        Assert.Contains("Test: Ukrainian business world tour — Winnipeg", await visitor.GetStringAsync("/en/events"), StringComparison.Ordinal);
        var network = Calendar.Load(await visitor.GetStringAsync("/api/v1/events/calendar.ics"))!;
        var entry = Assert.Single(network.Events, x => x.Uid == $"{key}@sistercities");
        Assert.Equal(new DateTime(2027, 3, 10, 8, 0, 0, DateTimeKind.Utc), entry.DtStart!.AsUtc);
        Assert.Equal("Winnipeg City Hall", entry.Location);
        Assert.Equal(1, entry.Sequence);
        Assert.Contains(Calendar.Load(await visitor.GetStringAsync("/api/v1/sites/kyiv/events.ics"))!.Events, x => x.Uid == $"{key}@sistercities");

        // Cancelling asks first; the event then stays on the hub calendar and in the feeds, marked cancelled.
        Assert.Contains("Yes, cancel the event", await root.Http.GetStringAsync($"{Root}/{key}/cancel"), StringComparison.Ordinal);
        var tooLong = await root.PostAsync($"{Root}/{key}/cancel", ("reason", new string('я', 501)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("at most 500 characters", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var cancel = await root.PostAsync($"{Root}/{key}/cancel", ("reason", "Test: the venue closed <for repairs>."));
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Contains("Reason: Test: the venue closed &lt;for repairs&gt;.", await visitor.GetStringAsync($"/en/events/{key:D}"), StringComparison.Ordinal);
        Assert.Equal($"{Root}/{key}", cancel.Headers.Location!.OriginalString);
        Assert.Contains("Test: Ukrainian business world tour", await visitor.GetStringAsync("/en/events"), StringComparison.Ordinal);
        Assert.Contains("This event has been cancelled.", await visitor.GetStringAsync($"/en/events/{key:D}"), StringComparison.Ordinal);
        var cancelled = Assert.Single(Calendar.Load(await visitor.GetStringAsync("/api/v1/events/calendar.ics"))!.Events, x => x.Uid == $"{key}@sistercities");
        Assert.Equal(("CANCELLED", 2), (cancelled.Status, cancelled.Sequence));
        var frozen = await root.PostAsync($"{Root}/{key}", tour);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, frozen.StatusCode);
        Assert.Contains("was cancelled and can no longer be changed", await frozen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var e = await db.Set<NetworkEvent>().AsNoTracking().SingleAsync(x => x.Key == key);
            Assert.NotNull(e.CancelledAt);
            Assert.True(e.Published);
            Assert.Equal(2, e.Sequence);
            Assert.Equal("Winnipeg City Hall", e.Venue);
            Assert.Equal(["event-created", "event-saved", "event-cancelled"], await db.Set<AuditEntry>().Where(a => a.Subject == key.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Site_admins_and_editors_get_403_on_every_network_event_route_and_nothing_changes(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await PartnerUiData.SeedAsync(bed);
        var start = DateTimeOffset.UtcNow.AddDays(40);
        var tour = await bed.WithScopeAsync(async sp => (await sp.GetRequiredService<EventWriter>().CreateAsync(
            new EventDraft { Kind = "promotionalTour", TitleUk = "Test: тур", TitleEn = "Test: tour", StartsAt = start, EndsAt = start.AddHours(4), Published = true }, default)).Event!);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);

        var routes = bed.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Root[1..], StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .Distinct().ToList();
        Assert.Equal(7, routes.Count);
        foreach (var email in new[] { "admin@lviv.example", "editor@kyiv.example" })
        {
            var user = await bed.SignInAsync(email);
            Assert.DoesNotContain(Root, await user.Http.GetStringAsync("/backoffice/partnerships"), StringComparison.Ordinal);
            foreach (var (method, pattern) in routes)
            {
                var path = "/" + pattern.Replace("{key:guid}", tour.Key.ToString(), StringComparison.Ordinal);
                var response = method == "GET"
                    ? await user.GetAsync(path)
                    : await user.PostAsync(path, ("kind", "conference"), ("titleUk", "Захоплено"), ("titleEn", "Taken"), ("startsAt", "2027-01-01T10:00"), ("endsAt", "2027-01-01T12:00"));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email}: {method} {path} answered {(int)response.StatusCode}");
            }
        }

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Equal(3, await db.Set<NetworkEvent>().CountAsync());
            var stored = await db.Set<NetworkEvent>().AsNoTracking().SingleAsync(e => e.Key == tour.Key);
            Assert.Equal(("Test: tour", 0, true, (DateTimeOffset?)null), (stored.TitleEn, stored.Sequence, stored.Published, stored.CancelledAt));
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Action.StartsWith("event-")));
        });
    }
}

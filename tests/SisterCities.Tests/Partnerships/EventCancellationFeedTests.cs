using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

/// <summary>
/// A cancelled event is not dropped from the .ics feeds (a subscribed calendar would keep it): it stays with the same
/// UID, STATUS:CANCELLED, a higher SEQUENCE and its LAST-MODIFIED, until 30 days after it would have ended.
/// </summary>
public sealed class EventCancellationFeedTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_cancelled_event_stays_in_the_site_and_network_feeds_marked_cancelled_with_its_uid_a_higher_sequence_and_last_modified(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var key = await CreateAsync(app, "Test: Lviv export forum", sites.Lviv, DateTimeOffset.UtcNow.AddDays(20));
        using var client = app.CreateClient();
        var before = Assert.Single(Calendar.Load(await client.GetStringAsync("/api/v1/sites/lviv/events.ics"))!.Events);
        Assert.Equal(("CONFIRMED", 0), (before.Status, before.Sequence));

        var stored = await CancelAsync(app, key);
        Assert.Equal(1, stored.Sequence);
        Assert.True(stored.Published);

        foreach (var feed in new[] { "/api/v1/sites/lviv/events.ics", "/api/v1/events/calendar.ics", $"/api/v1/events/{key}/calendar.ics" })
        {
            var text = await client.GetStringAsync(feed);
            Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
            var entry = Assert.Single(Calendar.Load(text)!.Events);
            Assert.Equal($"{key}@sistercities", entry.Uid);
            Assert.Equal("CANCELLED", entry.Status);
            Assert.Equal(1, entry.Sequence);
            Assert.Equal(Seconds(stored.UpdatedAt), entry.LastModified!.AsUtc);
            Assert.Equal(Seconds(stored.CancelledAt!.Value), entry.LastModified!.AsUtc);
            Assert.True(entry.DtStamp!.AsUtc >= Seconds(stored.UpdatedAt), feed);
            Assert.Equal("СКАСОВАНО / CANCELLED: Test: Lviv export forum", entry.Summary);
        }

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{key}");
        Assert.Equal("cancelled", json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("cancelledAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("cancellationReason").ValueKind);
        Assert.Null(stored.CancellationReason);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/events?site=lviv");
        Assert.Equal("cancelled", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("status").GetString());

        // Cancelling again changes nothing: same sequence, same time, so calendars see no new revision.
        var again = await CancelAsync(app, key);
        Assert.Equal((stored.Sequence, stored.CancelledAt, stored.UpdatedAt), (again.Sequence, again.CancelledAt, again.UpdatedAt));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_cancellation_reason_goes_first_in_the_feeds_description_and_into_the_json_and_a_too_long_one_changes_nothing(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var key = await CreateAsync(app, "Test: Lviv wood forum", sites.Lviv, DateTimeOffset.UtcNow.AddDays(20), description: "Test: forum of wood exporters.");

        var tooLong = await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var errors = await sp.GetRequiredService<EventWriter>().CancelAsync(await db.Set<NetworkEvent>().SingleAsync(e => e.Key == key), new string('x', 501), default);
            return (errors, await db.Set<NetworkEvent>().AsNoTracking().SingleAsync(e => e.Key == key));
        });
        Assert.Equal(["reason"], tooLong.errors.Keys);
        Assert.Equal(((DateTimeOffset?)null, (string?)null, 0), (tooLong.Item2.CancelledAt, tooLong.Item2.CancellationReason, tooLong.Item2.Sequence));

        var reason = "  Test: the hall is flooded; <b>sorry</b>, we will announce a new date.  ";
        var stored = await CancelAsync(app, key, reason);
        Assert.Equal(reason.Trim(), stored.CancellationReason);

        using var client = app.CreateClient();
        foreach (var feed in new[] { "/api/v1/sites/lviv/events.ics", "/api/v1/events/calendar.ics", $"/api/v1/events/{key}/calendar.ics" })
        {
            var entry = Assert.Single(Calendar.Load(await client.GetStringAsync(feed))!.Events);
            Assert.Equal("Скасовано / Cancelled: " + reason.Trim() + "\nTest: forum of wood exporters.", entry.Description);
        }

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/v1/events/{key}");
        Assert.Equal(reason.Trim(), json.GetProperty("cancellationReason").GetString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/events?site=lviv");
        Assert.Equal(reason.Trim(), Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("cancellationReason").GetString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_cancelled_event_leaves_the_feeds_30_days_after_it_would_have_ended_and_a_cancelled_draft_never_shows(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var now = DateTimeOffset.UtcNow;
        var longAgo = await CreateAsync(app, "Test: cancelled 40 days ago", sites.Lviv, now.AddDays(-40));
        var recent = await CreateAsync(app, "Test: cancelled 10 days ago", sites.Lviv, now.AddDays(-10));
        var held = await CreateAsync(app, "Test: held 40 days ago", sites.Lviv, now.AddDays(-40));
        var draft = await CreateAsync(app, "Test: cancelled draft", sites.Lviv, now.AddDays(5), published: false);
        foreach (var key in new[] { longAgo, recent, draft })
        {
            await CancelAsync(app, key);
        }

        using var client = app.CreateClient();
        foreach (var feed in new[] { "/api/v1/sites/lviv/events.ics", "/api/v1/events/calendar.ics" })
        {
            var events = Calendar.Load(await client.GetStringAsync(feed))!.Events;
            Assert.Equal(
                [($"{held}@sistercities", "CONFIRMED"), ($"{recent}@sistercities", "CANCELLED")],
                events.OrderBy(e => e.DtStart!.AsUtc).Select(e => (e.Uid, e.Status)).ToList());
        }

        // The event's own file still answers (its page links to it), and says cancelled; the draft was never public.
        Assert.Equal("CANCELLED", Assert.Single(Calendar.Load(await client.GetStringAsync($"/api/v1/events/{longAgo}/calendar.ics"))!.Events).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/events/{draft}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/events/{draft}")).StatusCode);
    }

    private static DateTime Seconds(DateTimeOffset time) =>
        new(time.UtcDateTime.Ticks - (time.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static Task<Guid> CreateAsync(CmsAppFactory app, string title, int siteId, DateTimeOffset starts, bool published = true, string? description = null) =>
        app.WithScopeAsync(async sp =>
        {
            var (created, errors) = await sp.GetRequiredService<EventWriter>().CreateAsync(
                new EventDraft
                {
                    Kind = "businessForum",
                    TitleUk = title,
                    TitleEn = title,
                    DescriptionEn = description,
                    StartsAt = starts,
                    EndsAt = starts.AddHours(6),
                    HostSiteId = siteId,
                    PlaceSiteId = siteId,
                    Published = published,
                },
                default);
            Assert.Empty(errors);
            return created!.Key;
        });

    private static Task<NetworkEvent> CancelAsync(CmsAppFactory app, Guid key, string? reason = null) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Empty(await sp.GetRequiredService<EventWriter>().CancelAsync(await db.Set<NetworkEvent>().SingleAsync(e => e.Key == key), reason, default));
            return await db.Set<NetworkEvent>().AsNoTracking().SingleAsync(e => e.Key == key);
        });
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Catalog.PublicPages;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

/// <summary>The events calendar pages of a city and of the hub, the event page and its JSON-LD, the home-page block.</summary>
public sealed class EventPagesTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_citys_calendar_shows_events_it_hosts_or_is_linked_to_and_the_hub_shows_all_published(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var events = await SeedAsync(app);
        using var client = app.CreateClient();

        var lviv = await client.GetStringAsync("/s/lviv/en/events");
        Assert.Contains("Test: Lviv IT forum", lviv, StringComparison.Ordinal);
        Assert.Contains("Test: Kharkiv mission with Lviv", lviv, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Kharkiv only", lviv, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Lviv past fair", lviv, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Lviv draft", lviv, StringComparison.Ordinal);
        Assert.Contains("href=\"/s/lviv/api/v1/sites/lviv/events.ics\"", lviv, StringComparison.Ordinal);

        var archive = await client.GetStringAsync("/s/lviv/en/events/archive");
        Assert.Contains("Test: Lviv past fair", archive, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Lviv IT forum", archive, StringComparison.Ordinal);

        var hub = await client.GetStringAsync("/en/events");
        Assert.Contains("Test: Lviv IT forum", hub, StringComparison.Ordinal);
        Assert.Contains("Test: Kharkiv only", hub, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Lviv draft", hub, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/events/calendar.ics\"", hub, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/s/lviv/en/events/{events.KharkivOnly:D}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/en/events/{events.Draft:D}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/s/lviv/en/events/not-an-id")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/en/events/{events.KharkivOnly:D}")).StatusCode);
    }

    [Fact]
    public async Task An_event_page_links_registration_and_its_ics_and_carries_json_ld_event()
    {
        using var app = CmsAppFactory.Sqlite();
        var events = await SeedAsync(app);
        using var client = app.CreateClient();

        var html = await client.GetStringAsync($"/s/lviv/en/events/{events.Forum:D}");
        Assert.Contains("href=\"https://example.org/register\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/lviv/api/v1/events/{events.Forum:D}/calendar.ics\"", html, StringComparison.Ordinal);
        var data = Assert.Single(PublicCatalogData.JsonLd(html));
        Assert.Equal("Event", data.GetProperty("@type").GetString());
        Assert.Equal("Test: Lviv IT forum", data.GetProperty("name").GetString());
        Assert.EndsWith("Z", data.GetProperty("startDate").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/register", data.GetProperty("offers").GetProperty("url").GetString());

        var home = await client.GetStringAsync("/s/lviv/en/");
        Assert.Contains("Upcoming events", home, StringComparison.Ordinal);
        Assert.Contains($"/s/lviv/en/events/{events.Forum:D}", home, StringComparison.Ordinal);

        var sitemap = await client.GetStringAsync("/s/lviv/sitemap.xml");
        Assert.Contains($"/events/{events.Forum:D}", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain(events.KharkivOnly.ToString("D"), sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_cancelled_event_stays_listed_and_its_page_says_cancelled_without_registration_but_the_home_page_no_longer_promotes_it(DatabaseProvider provider)
    {
        using var app = CmsAppFactory.For(provider);
        var events = await SeedAsync(app);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            await sp.GetRequiredService<EventWriter>().CancelAsync(await db.Set<NetworkEvent>().SingleAsync(e => e.Key == events.Forum), reason: null, default);
        });
        using var client = app.CreateClient();

        var page = await client.GetAsync($"/s/lviv/en/events/{events.Forum:D}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("This event has been cancelled.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://example.org/register\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/s/lviv/api/v1/events/{events.Forum:D}/calendar.ics\"", html, StringComparison.Ordinal);
        var data = Assert.Single(PublicCatalogData.JsonLd(html));
        Assert.Equal("https://schema.org/EventCancelled", data.GetProperty("eventStatus").GetString());
        Assert.False(data.TryGetProperty("offers", out _));
        Assert.Contains("Подію скасовано.", await client.GetStringAsync($"/s/lviv/events/{events.Forum:D}"), StringComparison.Ordinal);

        // Listed on the city's and the hub's calendar, marked; the other events are not marked.
        foreach (var calendar in new[] { "/s/lviv/en/events", "/en/events" })
        {
            var list = await client.GetStringAsync(calendar);
            var item = list[list.IndexOf("Test: Lviv IT forum", StringComparison.Ordinal)..];
            Assert.StartsWith("<strong>Cancelled</strong>", item[(item.IndexOf("<p>", StringComparison.Ordinal) + 3)..], StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(list, "<strong>Cancelled</strong>"));
        }

        var home = await client.GetStringAsync("/s/lviv/en/");
        Assert.DoesNotContain($"/s/lviv/en/events/{events.Forum:D}", home, StringComparison.Ordinal);
        Assert.Contains($"/s/lviv/en/events/{events.Linked:D}", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_without_upcoming_events_has_no_events_block_on_its_home_page()
    {
        using var app = CmsAppFactory.Sqlite();
        await CatalogTestData.SeedSitesAsync(app.Services);
        using var client = app.CreateClient();

        Assert.DoesNotContain("Upcoming events", await client.GetStringAsync("/s/kharkiv/en/"), StringComparison.Ordinal);
        Assert.Contains("No upcoming events yet.", await client.GetStringAsync("/s/kharkiv/en/events"), StringComparison.Ordinal);
    }

    internal sealed record SeededEvents(Guid Forum, Guid Linked, Guid KharkivOnly, Guid Past, Guid Draft);

    internal static async Task<SeededEvents> SeedAsync(CmsAppFactory app)
    {
        var sites = await CatalogTestData.SeedSitesAsync(app.Services);
        var now = DateTimeOffset.UtcNow;
        return await app.WithScopeAsync(async services =>
        {
            var writer = services.GetRequiredService<EventWriter>();
            async Task<Guid> Create(string title, int? host, int days, bool published = true, IReadOnlyList<int>? linked = null, string? registration = null)
            {
                var (created, errors) = await writer.CreateAsync(new EventDraft
                {
                    Kind = "businessForum",
                    TitleUk = title,
                    TitleEn = title,
                    DescriptionEn = "A test event, not a real one.",
                    StartsAt = now.AddDays(days),
                    EndsAt = now.AddDays(days).AddHours(6),
                    HostSiteId = host,
                    PlaceSiteId = host,
                    Venue = "Test venue",
                    LinkedSiteIds = linked ?? [],
                    RegistrationUrl = registration,
                    Published = published,
                }, CancellationToken.None);
                Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Key)));
                return created!.Key;
            }

            return new SeededEvents(
                await Create("Test: Lviv IT forum", sites.Lviv, 10, registration: "https://example.org/register"),
                await Create("Test: Kharkiv mission with Lviv", sites.Kharkiv, 20, linked: [sites.Lviv]),
                await Create("Test: Kharkiv only", sites.Kharkiv, 15),
                await Create("Test: Lviv past fair", sites.Lviv, -40),
                await Create("Test: Lviv draft", sites.Lviv, 12, published: false));
        });
    }
}

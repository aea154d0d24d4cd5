using System.Net;
using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

public sealed class EventCalendarTests : IDisposable
{
    private readonly CmsAppFactory _app = CmsAppFactory.Sqlite();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task A_sites_calendar_feed_parses_and_holds_its_events_in_utc()
    {
        // 10:00 in Kyiv on a summer day is 07:00 UTC (EEST, UTC+3).
        var startsKyiv = new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.FromHours(3));
        var (lvivEvent, _) = await SeedAsync(startsKyiv);
        var client = _app.CreateClient();

        var response = await client.GetAsync("/api/v1/sites/lviv/events.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();

        var calendar = Calendar.Load(text)!;
        var parsed = Assert.Single(calendar.Events);
        Assert.Equal($"{lvivEvent.Key}@sistercities", parsed.Uid);
        Assert.Equal("Бізнес-форум «Львів — Вроцлав», ринки; експорт / Lviv–Wrocław business forum", parsed.Summary);
        Assert.Equal(new DateTime(2026, 6, 12, 7, 0, 0, DateTimeKind.Utc), parsed.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 6, 12, 15, 0, 0, DateTimeKind.Utc), parsed.DtEnd!.AsUtc);
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task Unpublished_events_and_other_sites_events_stay_out_of_a_sites_feed()
    {
        await SeedAsync(new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.FromHours(3)));
        var client = _app.CreateClient();

        var odesa = Calendar.Load(await client.GetStringAsync("/api/v1/sites/odesa/events.ics"))!;
        Assert.Empty(odesa.Events);
        var network = Calendar.Load(await client.GetStringAsync("/api/v1/events/calendar.ics"))!;
        Assert.Single(network.Events);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/sites/atlantis/events.ics")).StatusCode);
    }

    [Fact]
    public async Task An_event_that_ends_before_it_starts_is_refused()
    {
        var errors = await _app.WithScopeAsync(async sp =>
        {
            var site = (await RealSites.AddAsync(sp.GetRequiredService<CmsDbContext>(), RealSites.Lviv()))[0];
            var (_, errors) = await sp.GetRequiredService<EventWriter>().CreateAsync(
                new EventDraft
                {
                    Kind = "businessForum",
                    TitleUk = "Форум",
                    TitleEn = "Forum",
                    HostSiteId = site.Id,
                    StartsAt = new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.Zero),
                    EndsAt = new DateTimeOffset(2026, 6, 11, 10, 0, 0, TimeSpan.Zero),
                },
                default);
            return errors;
        });
        Assert.Contains("endsAt", errors.Keys);
    }

    private Task<(NetworkEvent Published, NetworkEvent Draft)> SeedAsync(DateTimeOffset startsKyiv) =>
        _app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var sites = await RealSites.AddAsync(db, RealSites.Lviv(), RealSites.Odesa());
            sp.GetRequiredService<SiteDirectory>().Invalidate();
            var writer = sp.GetRequiredService<EventWriter>();
            var (published, e1) = await writer.CreateAsync(
                new EventDraft
                {
                    Kind = "businessForum",
                    TitleUk = "Бізнес-форум «Львів — Вроцлав», ринки; експорт",
                    TitleEn = "Lviv–Wrocław business forum",
                    DescriptionEn = "Meetings of food-processing and IT firms of the two twinned cities; a long description that must be folded in the calendar file.",
                    HostSiteId = sites[0].Id,
                    StartsAt = startsKyiv,
                    EndsAt = startsKyiv.AddHours(8),
                    Venue = "Львів, пл. Ринок, 1",
                    Published = true,
                },
                default);
            var (draft, e2) = await writer.CreateAsync(
                new EventDraft { Kind = "tradeMission", TitleUk = "Чернетка", TitleEn = "Draft", HostSiteId = sites[0].Id, StartsAt = startsKyiv, EndsAt = startsKyiv },
                default);
            Assert.Empty(e1);
            Assert.Empty(e2);
            return (published!, draft!);
        });
}

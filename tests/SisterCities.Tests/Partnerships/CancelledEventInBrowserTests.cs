using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Sites;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships;

/// <summary>A cancelled event's page and its place on the calendar, in both themes, in Chromium, checked by axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CancelledEventInBrowserTests(ChromiumBrowser chromium, LiveCmsServer server) : IClassFixture<LiveCmsServer>
{
    [Theory]
    [InlineData("lviv.localhost", "Cancelled", "This event has been cancelled.")]
    [InlineData("kharkiv.localhost", "Скасовано", "Подію скасовано.")]
    public async Task A_cancelled_events_page_and_calendar_entry_say_cancelled_and_pass_axe(string host, string mark, string notice)
    {
        var keys = await SeedAsync();
        var site = host.Split('.')[0];
        var prefix = mark == "Cancelled" ? "/en" : "";
        var page = await chromium.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(server.UrlFor(host, $"{prefix}/events/{keys[site]:D}").ToString());
            Assert.Equal(200, response?.Status);
            Assert.Equal(notice, await page.Locator("article .event-cancelled").InnerTextAsync());
            Assert.Equal(0, await page.Locator("a[href='https://example.org/register']").CountAsync());
            await AxeAssert.NoViolationsAsync(page);

            response = await page.GotoAsync(server.UrlFor(host, $"{prefix}/events").ToString());
            Assert.Equal(200, response?.Status);
            Assert.Equal(mark, await page.Locator(".event-list li strong").InnerTextAsync());
            Assert.All(server.Requests, r => Assert.EndsWith("localhost", r.Host.Split(':')[0], StringComparison.Ordinal));
            await AxeAssert.NoViolationsAsync(page);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Lviv on the Default theme and Kharkiv on Heritage, each hosting one published event, then cancelled; seeded once per server.</summary>
    private async Task<Dictionary<string, Guid>> SeedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return await server.App.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<CmsDbContext>();
                if (!await db.Set<Site>().AnyAsync(s => s.Key == "lviv"))
                {
                    var kharkiv = RealSites.Kharkiv();
                    kharkiv.Theme = "Heritage";
                    db.AddRange(RealSites.Lviv(), kharkiv);
                    await db.SaveChangesAsync();
                    sp.GetRequiredService<SiteDirectory>().Invalidate();
                    var writer = sp.GetRequiredService<EventWriter>();
                    foreach (var s in await db.Set<Site>().ToListAsync())
                    {
                        var start = DateTimeOffset.UtcNow.AddDays(12);
                        var (created, errors) = await writer.CreateAsync(new EventDraft
                        {
                            Kind = "tradeMission",
                            TitleUk = $"Test: місія {s.NameUk}",
                            TitleEn = $"Test: {s.NameEn} trade mission",
                            DescriptionEn = "A test event, not a real one.",
                            StartsAt = start,
                            EndsAt = start.AddHours(6),
                            HostSiteId = s.Id,
                            PlaceSiteId = s.Id,
                            RegistrationUrl = "https://example.org/register",
                            Published = true,
                        }, default);
                        Assert.Empty(errors);
                        await writer.CancelAsync(created!, reason: null, default);
                    }
                }

                return await db.Set<NetworkEvent>().Join(db.Set<Site>(), e => e.HostSiteId, s => (int?)s.Id, (e, s) => new { s.Key, EventKey = e.Key })
                    .ToDictionaryAsync(x => x.Key, x => x.EventKey);
            });
        }
        finally
        {
            Gate.Release();
        }
    }
}

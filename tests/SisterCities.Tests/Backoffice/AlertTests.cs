using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Alerts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;

namespace SisterCities.Tests.Backoffice;

public sealed class AlertTests
{
    [Fact]
    public async Task Site_admin_alerts_their_own_site_only_and_the_board_shows_it_until_expiry()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var admin = await bed.SignInAsync("admin@lviv.example");
        var expires = KyivTime.ToKyiv(clock.GetUtcNow().AddHours(2)).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

        var published = await admin.PostAsync("/backoffice/alerts", ("severity", "Critical"), ("messageUk", "Повітряна тривога. Пройдіть в укриття."),
            ("messageEn", "Air-raid alert. Go to a shelter."), ("expires", expires), ("siteIds", bed.LvivId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var notAll = await admin.PostAsync("/backoffice/alerts", ("severity", "Warning"), ("messageUk", "Вимкнення води"), ("expires", expires), ("allSites", "true"));
        Assert.Equal(HttpStatusCode.Forbidden, notAll.StatusCode);
        var editor = await bed.SignInAsync("editor@lviv.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/backoffice/alerts")).StatusCode);

        var board = bed.App.Services.GetRequiredService<IAlertBoard>();
        var lviv = Assert.Single(await board.ForSiteAsync(bed.LvivId, CancellationToken.None));
        Assert.Equal(AlertSeverity.Critical, lviv.Severity);
        Assert.Equal("Air-raid alert. Go to a shelter.", lviv.MessageIn("en"));
        Assert.Empty(await board.ForSiteAsync(bed.KyivId, CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Empty(await board.ForSiteAsync(bed.LvivId, CancellationToken.None));
        Assert.True(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>()
            .AnyAsync(a => a.Action == AuditActions.AlertPublished && a.SiteId == bed.LvivId)));
    }

    [Fact]
    public async Task Network_admin_alerts_all_sites_and_a_withdrawal_reaches_the_board_through_the_change_feed()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var adminId = await bed.CreateUserAsync("network@sistercities.example", networkAdmin: true);
        var admin = await bed.EditorAsync(adminId);
        var board = bed.App.Services.GetRequiredService<IAlertBoard>();
        Assert.Empty(await board.ForSiteAsync(bed.KyivId, CancellationToken.None));

        var key = await bed.WithScopeAsync(async sp =>
        {
            var (outcome, key) = await sp.GetRequiredService<AlertPublisher>().PublishAsync(admin,
                new AlertRequest(AlertSeverity.Warning, "Планові відключення світла", "Scheduled power cuts", DateTimeOffset.UtcNow.AddDays(1), true, []), CancellationToken.None);
            Assert.True(outcome.Succeeded);
            return key!.Value;
        });
        Assert.Single(await board.ForSiteAsync(bed.KyivId, CancellationToken.None));
        Assert.Single(await board.ForSiteAsync(bed.LvivId, CancellationToken.None));

        // Withdrawn by a direct write (as another node would do): this node learns it from the feed.
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var alert = await db.Set<EmergencyAlert>().Include(a => a.Sites).SingleAsync(a => a.Key == key);
            alert.WithdrawnAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        });
        for (var i = 0; i < 200 && (await board.ForSiteAsync(bed.KyivId, CancellationToken.None)).Count > 0; i++)
        {
            await Task.Delay(25);
        }

        Assert.Empty(await board.ForSiteAsync(bed.KyivId, CancellationToken.None));
    }
}

public sealed class AlertBannerTests
{
    [Fact]
    public async Task A_site_alert_is_a_banner_on_that_sites_pages_only_in_the_readers_language()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var adminId = await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.EditorAsync(adminId);
        await bed.WithScopeAsync(async sp =>
        {
            var (outcome, _) = await sp.GetRequiredService<AlertPublisher>().PublishAsync(admin,
                new AlertRequest(AlertSeverity.Critical, "Повітряна тривога. Пройдіть до укриття.", "Air raid alert. Go to a shelter.", DateTimeOffset.UtcNow.AddHours(2), false, [bed.LvivId]),
                CancellationToken.None);
            Assert.True(outcome.Succeeded);
        });

        using var client = bed.App.CreateClient();
        var lviv = await client.GetStringAsync("/s/lviv/");
        var lvivEn = await client.GetStringAsync("/s/lviv/en/");
        var kyiv = await client.GetStringAsync("/s/kyiv/");

        Assert.Contains("Повітряна тривога. Пройдіть до укриття.", lviv, StringComparison.Ordinal);
        Assert.Contains("alert-banner__item--critical", lviv, StringComparison.Ordinal);
        Assert.Contains("Air raid alert. Go to a shelter.", lvivEn, StringComparison.Ordinal);
        Assert.DoesNotContain("alert-banner", kyiv, StringComparison.Ordinal);
        // The banner comes before the site header, right after the skip link.
        Assert.True(lviv.IndexOf("alert-banner", StringComparison.Ordinal) < lviv.IndexOf("<header", StringComparison.Ordinal));
    }
}

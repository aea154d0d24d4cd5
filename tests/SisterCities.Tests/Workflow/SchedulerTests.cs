using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Content;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Workflow;

public sealed class SchedulerTests
{
    [Fact]
    public async Task Scheduled_publish_and_unpublish_run_when_due_and_not_before_and_only_once()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        var userId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.LvivId, "Нічний трамвай");
        var editor = await bed.EditorAsync(userId);
        await bed.WithScopeAsync(async sp =>
        {
            var schedule = sp.GetRequiredService<PublishingSchedule>();
            Assert.Equal(WorkflowStatus.Invalid, (await schedule.ScheduleAsync(editor, key, "uk", ScheduledAction.Publish, clock.GetUtcNow().AddMinutes(-1), CancellationToken.None)).Status);
            Assert.True((await schedule.ScheduleAsync(editor, key, "uk", ScheduledAction.Publish, clock.GetUtcNow().AddHours(1), CancellationToken.None)).Succeeded);
            Assert.True((await schedule.ScheduleAsync(editor, key, "uk", ScheduledAction.Unpublish, clock.GetUtcNow().AddHours(3), CancellationToken.None)).Succeeded);
        });
        var scheduler = bed.App.Services.GetRequiredService<ScheduledPublishingService>();

        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Null((await bed.VariantAsync(key)).PublishedVersionId);

        // Advancing the clock also ticks the hosted service's timer; whichever round runs first does the work,
        // so the test checks the outcome (and the audit trail proves each entry ran exactly once).
        clock.Advance(TimeSpan.FromHours(1));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Equal(ContentState.Published, (await bed.VariantAsync(key)).State);
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));

        clock.Advance(TimeSpan.FromHours(2));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Null((await bed.VariantAsync(key)).PublishedVersionId);
        var audit = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().Where(a => a.Subject == key.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Scheduled, AuditActions.Scheduled, AuditActions.Published, AuditActions.Unpublished], audit);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task With_two_nodes_only_the_lease_holder_runs_the_schedule_until_its_lease_expires(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock, provider: provider);
        var userId = await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var key = await bed.CreateNewsAsync(bed.KyivId, "Зміни в русі метро");
        var editor = await bed.EditorAsync(userId);
        var nodeA = bed.App.Services.GetRequiredService<ScheduledPublishingService>();
        var nodeB = new ScheduledPublishingService(bed.App.Services.GetRequiredService<IServiceScopeFactory>(), clock, NullLogger<ScheduledPublishingService>.Instance);
        await nodeA.RunOnceAsync(CancellationToken.None);
        await bed.WithScopeAsync(sp => sp.GetRequiredService<PublishingSchedule>().ScheduleAsync(editor, key, "uk", ScheduledAction.Publish, clock.GetUtcNow().AddSeconds(5), CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(0, await nodeB.RunOnceAsync(CancellationToken.None));
        Assert.Null((await bed.VariantAsync(key)).PublishedVersionId);

        // Node A stops renewing (it crashed); once its lease runs out, node B takes over and runs the job.
        await nodeA.StopAsync(CancellationToken.None);
        clock.Advance(ScheduledPublishingService.Interval * 5);
        Assert.Equal(1, await nodeB.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await nodeA.RunOnceAsync(CancellationToken.None));
        Assert.Equal(ContentState.Published, (await bed.VariantAsync(key)).State);
        var holder = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<JobLease>().Where(l => l.Name == ScheduledPublishingService.JobName).Select(l => l.Holder).SingleAsync());
        Assert.Equal(nodeB.NodeId, holder);
    }

    [Fact]
    public async Task A_publish_due_while_the_app_was_down_runs_at_the_next_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sistercities-tests", "restart-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?> { ["Cms:DataPath"] = folder };
        var start = DateTimeOffset.UtcNow;
        Guid key;
        try
        {
            await using (var first = await BackofficeTestBed.StartAsync(new FakeTimeProvider(start), settings))
            {
                var userId = await first.CreateUserAsync("editor@lviv.example", first.LvivId, SiteRole.Editor);
                key = await first.CreateNewsAsync(first.LvivId, "Відкриття бібліотеки");
                var editor = await first.EditorAsync(userId);
                await first.WithScopeAsync(sp => sp.GetRequiredService<PublishingSchedule>().ScheduleAsync(editor, key, "uk", ScheduledAction.Publish, start.AddMinutes(30), CancellationToken.None));
            }

            // Two hours later the app starts again; nobody calls the scheduler by hand.
            await using var second = await BackofficeTestBed.StartAsync(new FakeTimeProvider(start.AddHours(2)), settings, seedSites: false);
            for (var i = 0; i < 200 && (await second.VariantAsync(key)).PublishedVersionId is null; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal(ContentState.Published, (await second.VariantAsync(key)).State);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Schedule_form_takes_Kyiv_time_stores_UTC_and_an_editor_can_cancel_it()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var key = await bed.CreateNewsAsync(bed.LvivId, "День міста");
        var editor = await bed.SignInAsync("editor@lviv.example");
        var author = await bed.SignInAsync("author@lviv.example");
        var year = DateTime.UtcNow.Year + 1;

        Assert.Equal(System.Net.HttpStatusCode.Forbidden,
            (await author.PostAsync($"/backoffice/content/{key}/schedule", ("culture", "uk"), ("action", "publish"), ("due", $"{year}-07-15T10:00"))).StatusCode);
        var scheduled = await editor.PostAsync($"/backoffice/content/{key}/schedule", ("culture", "uk"), ("action", "publish"), ("due", $"{year}-07-15T10:00"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, scheduled.StatusCode);

        var entry = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ScheduledAction>().AsNoTracking().SingleAsync());
        Assert.Equal(new DateTimeOffset(year, 7, 15, 7, 0, 0, TimeSpan.Zero), entry.DueAt);
        Assert.Contains($"publish at {year}-07-15 10:00 (Київ)", await editor.Http.GetStringAsync($"/backoffice/content/{key}?culture=uk"));

        var cancelled = await editor.PostAsync($"/backoffice/schedule/{entry.Id}/cancel", ("returnTo", $"/backoffice/content/{key}?culture=uk"));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.NotNull(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<ScheduledAction>().Select(s => s.CancelledAt).SingleAsync()));
    }
}

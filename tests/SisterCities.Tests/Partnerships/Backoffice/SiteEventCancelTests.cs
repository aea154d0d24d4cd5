using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Search;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;
using Calendar = Ical.Net.Calendar;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>
/// Cancelling an event a site hosts: asked first, done by the site's editors only (another site's editor is refused,
/// also when the event is put under their own site's address), audited, harmless twice, and visible everywhere.
/// </summary>
public sealed class SiteEventCancelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Lvivs_editor_cancels_a_hosted_event_after_confirming_and_the_page_feeds_and_search_show_it_cancelled(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await PartnerUiData.SeedAsync(bed);
        var key = await PublishedEventAsync(bed, "Test: ярмарок ремесел", "Test: crafts fair");
        var editorId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var editor = await bed.SignInAsync("editor@lviv.example");
        var root = $"/backoffice/sites/lviv/events/{key}";

        Assert.Contains($"href=\"{root}/cancel\"", await editor.Http.GetStringAsync("/backoffice/sites/lviv/events"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{root}/cancel\"", await editor.Http.GetStringAsync(root), StringComparison.Ordinal);

        // Asking is a page with a POST form (antiforgery) and a way back; it changes nothing.
        var confirm = await editor.Http.GetStringAsync($"{root}/cancel");
        Assert.Contains($"action=\"{root}/cancel\"", confirm, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", confirm, StringComparison.Ordinal);
        Assert.Contains("Yes, cancel the event", confirm, StringComparison.Ordinal);
        Assert.Contains($"href=\"{root}\"", confirm, StringComparison.Ordinal);
        Assert.Null((await StoredAsync(bed, key)).CancelledAt);

        // A post without the antiforgery token is refused.
        var forged = await editor.Http.PostAsync($"{root}/cancel", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await StoredAsync(bed, key)).CancelledAt);

        var done = await editor.PostAsync($"{root}/cancel");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(root, done.Headers.Location!.OriginalString);
        var cancelled = await StoredAsync(bed, key);
        Assert.NotNull(cancelled.CancelledAt);
        Assert.Equal((true, 1), (cancelled.Published, cancelled.Sequence));
        Assert.Contains("This event was cancelled on", await editor.Http.GetStringAsync(root), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{root}/cancel\"", await editor.Http.GetStringAsync("/backoffice/sites/lviv/events"), StringComparison.Ordinal);

        // A second post (a double click, a reload) and the confirm page of a cancelled event change nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{root}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.GetAsync($"{root}/cancel")).StatusCode);
        var twice = await StoredAsync(bed, key);
        Assert.Equal((cancelled.Sequence, cancelled.CancelledAt, cancelled.UpdatedAt), (twice.Sequence, twice.CancelledAt, twice.UpdatedAt));
        await bed.WithScopeAsync(async sp =>
        {
            var audit = await sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().Where(a => a.Subject == key.ToString()).ToListAsync();
            var entry = Assert.Single(audit);
            Assert.Equal(("event-cancelled", (int?)bed.LvivId, editorId), (entry.Action, entry.SiteId, entry.ActorId));
        });

        using var visitor = bed.App.CreateClient();
        var page = await visitor.GetStringAsync($"/s/lviv/events/{key:D}");
        Assert.Contains("Подію скасовано.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("event-cancelled-reason", page, StringComparison.Ordinal);
        Assert.Null(cancelled.CancellationReason);
        var feed = Assert.Single(Calendar.Load(await visitor.GetStringAsync("/api/v1/sites/lviv/events.ics"))!.Events, e => e.Uid == $"{key}@sistercities");
        Assert.Equal(("CANCELLED", 1), (feed.Status, feed.Sequence));
        Assert.Null(feed.Description);
        Assert.Equal("CANCELLED", Assert.Single(Calendar.Load(await visitor.GetStringAsync($"/api/v1/events/{key}/calendar.ics"))!.Events).Status);

        // The change feed carried the cancellation to the search index.
        var search = bed.App.Services.GetRequiredService<SearchService>();
        await bed.App.Services.GetRequiredService<SearchIndexer>().Ready;
        var deadline = DateTime.UtcNow + Patience;
        SearchResponse found;
        do
        {
            found = search.Search(new SearchRequest("crafts fair", Type: "networkEvent", Culture: "en"));
            if (found.Hits.Any(h => h.Title.StartsWith("Cancelled: ", StringComparison.Ordinal)))
            {
                break;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Equal("Cancelled: Test: crafts fair", Assert.Single(found.Hits).Title);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_reason_too_long_is_422_beside_the_field_and_a_given_reason_shows_encoded_on_the_page_in_the_feed_json_and_audit(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await PartnerUiData.SeedAsync(bed);
        var key = await PublishedEventAsync(bed, "Test: ярмарок меду", "Test: honey fair");
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var editor = await bed.SignInAsync("editor@lviv.example");
        var root = $"/backoffice/sites/lviv/events/{key}";
        Assert.Contains("name=\"reason\"", await editor.Http.GetStringAsync($"{root}/cancel"), StringComparison.Ordinal);

        // 501 characters after trimming: refused on the confirm form, the typed text kept, the message beside the field.
        var tooLong = await editor.PostAsync($"{root}/cancel", ("reason", "  " + new string('x', 501) + "  "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        var form = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("Yes, cancel the event", form, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", form, StringComparison.Ordinal);
        Assert.Contains("The reason may be at most 500 characters long; this one has 501.", form, StringComparison.Ordinal);
        Assert.Contains(new string('x', 501), form, StringComparison.Ordinal);
        var untouched = await StoredAsync(bed, key);
        Assert.Equal(((DateTimeOffset?)null, (string?)null, 0), (untouched.CancelledAt, untouched.CancellationReason, untouched.Sequence));
        await bed.WithScopeAsync(async sp => Assert.False(await sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AnyAsync(a => a.Action == "event-cancelled")));

        // Exactly 500 is accepted; markup in it is only text.
        var reason = "Test: <script>alert('x')</script> & зливи; " + new string('м', 500 - 43);
        Assert.Equal(500, reason.Length);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"{root}/cancel", ("reason", " " + reason + "\r\n"))).StatusCode);
        var stored = await StoredAsync(bed, key);
        Assert.Equal((reason, 1), (stored.CancellationReason, stored.Sequence));
        Assert.NotNull(stored.CancelledAt);
        var encoded = "Test: &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; зливи; ";
        Assert.Contains(encoded, await editor.Http.GetStringAsync(root), StringComparison.Ordinal);

        using var visitor = bed.App.CreateClient();
        var page = await visitor.GetStringAsync($"/s/lviv/events/{key:D}");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Matches("Подію скасовано\\.</strong></p>\\s*<p class=\"event-cancelled-reason\">Причина: " + System.Text.RegularExpressions.Regex.Escape(encoded), page);
        var feed = Assert.Single(Calendar.Load(await visitor.GetStringAsync("/api/v1/sites/lviv/events.ics"))!.Events, e => e.Uid == $"{key}@sistercities");
        Assert.Equal("Скасовано / Cancelled: " + reason, feed.Description);
        using var json = System.Text.Json.JsonDocument.Parse(await visitor.GetStringAsync($"/api/v1/events/{key}"));
        Assert.Equal(reason, json.RootElement.GetProperty("cancellationReason").GetString());
        await bed.WithScopeAsync(async sp =>
        {
            var entry = await sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().SingleAsync(a => a.Subject == key.ToString());
            Assert.Equal("event-cancelled", entry.Action);
            Assert.EndsWith(", reason: " + reason, entry.Detail, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_editor_of_another_site_or_an_author_cannot_cancel_and_nothing_changes(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await PartnerUiData.SeedAsync(bed);
        var key = await PublishedEventAsync(bed, "Test: форум", "Test: forum of Lviv");
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);

        var kyiv = await bed.SignInAsync("editor@kyiv.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await kyiv.GetAsync($"/backoffice/sites/lviv/events/{key}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await kyiv.PostAsync($"/backoffice/sites/lviv/events/{key}/cancel")).StatusCode);

        // IDOR: Lviv's event under Kyiv's own address is not found, and cancelling it there does nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await kyiv.GetAsync($"/backoffice/sites/kyiv/events/{key}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kyiv.PostAsync($"/backoffice/sites/kyiv/events/{key}/cancel")).StatusCode);

        var author = await bed.SignInAsync("author@lviv.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync($"/backoffice/sites/lviv/events/{key}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/backoffice/sites/lviv/events/{key}/cancel")).StatusCode);

        var stored = await StoredAsync(bed, key);
        Assert.Equal(((DateTimeOffset?)null, 0, true), (stored.CancelledAt, stored.Sequence, stored.Published));
        await bed.WithScopeAsync(async sp => Assert.False(await sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AnyAsync(a => a.Action == "event-cancelled")));
        using var visitor = bed.App.CreateClient();
        Assert.Equal("CONFIRMED", Assert.Single(Calendar.Load(await visitor.GetStringAsync($"/api/v1/events/{key}/calendar.ics"))!.Events).Status);
    }

    private static Task<Guid> PublishedEventAsync(BackofficeTestBed bed, string titleUk, string titleEn) => bed.WithScopeAsync(async sp =>
    {
        var start = DateTimeOffset.UtcNow.AddDays(25);
        var (created, errors) = await sp.GetRequiredService<EventWriter>().CreateAsync(
            new EventDraft { Kind = "businessForum", TitleUk = titleUk, TitleEn = titleEn, StartsAt = start, EndsAt = start.AddHours(5), HostSiteId = bed.LvivId, PlaceSiteId = bed.LvivId, Published = true }, default);
        Assert.Empty(errors);
        return created!.Key;
    });

    private static Task<NetworkEvent> StoredAsync(BackofficeTestBed bed, Guid key) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<NetworkEvent>().AsNoTracking().SingleAsync(e => e.Key == key));
}

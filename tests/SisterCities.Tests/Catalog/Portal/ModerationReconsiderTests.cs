using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>"Reconsider" on the moderation screen: a rejected business back to Pending with a reason, in the history, mailed.</summary>
public sealed class ModerationReconsiderTests
{
    private const string RejectReason = "Код ЄДРПОУ належить іншій компанії.";
    private const string Why = "Помилка модератора: код перевірено ще раз, він правильний.";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Moderator_reconsiders_a_rejected_business_with_a_reason_recorded_in_history_and_mailed(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 951);
        var adminId = await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", RejectReason))).StatusCode);
        var mailBefore = await PortalTestData.OutboxCountAsync(bed);

        var screen = await admin.GetAsync("/backoffice/catalog/moderation");
        Assert.Contains($"action=\"/backoffice/catalog/moderation/{business.BusinessId}/reconsider\"", await screen.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A reason is required: without one nothing moves and nothing is mailed.
        var bare = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reconsider", ("reason", " "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bare.StatusCode);
        Assert.Equal(VerificationState.Rejected, await StateAsync(bed, business.BusinessId));
        Assert.Equal(mailBefore, await PortalTestData.OutboxCountAsync(bed));

        var reconsidered = await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reconsider", ("reason", Why));
        Assert.Equal(HttpStatusCode.OK, reconsidered.StatusCode);
        Assert.Equal(VerificationState.Pending, await StateAsync(bed, business.BusinessId));
        var history = await HistoryAsync(bed, business.BusinessId);
        Assert.Equal(
            [(BusinessModerationHistory.Rejected, adminId, RejectReason), (BusinessModerationHistory.Reconsidered, adminId, Why)],
            history.Select(h => (h.Action, h.ActorId, h.Detail)));
        Assert.All(history, h => Assert.Equal(bed.LvivId, h.SiteId));

        var mail = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        var notice = mail[^1];
        Assert.Equal(mailBefore + 1, mail.Count);
        Assert.Equal("office@example.org", notice.To);
        Assert.Contains("reconsidered", notice.Subject, StringComparison.Ordinal);
        Assert.Contains(Why, notice.Body, StringComparison.Ordinal);

        // Back in the queue, with who reconsidered it and why.
        var page = WebUtility.HtmlDecode(await (await admin.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync());
        var waiting = page[page.IndexOf("<h2>Waiting for a decision</h2>", StringComparison.Ordinal)..page.IndexOf("<h2>Decided</h2>", StringComparison.Ordinal)];
        Assert.Contains("Test: business 951", waiting, StringComparison.Ordinal);
        Assert.Contains("Reason for reconsidering", waiting, StringComparison.Ordinal);
        Assert.Contains(Why, waiting, StringComparison.Ordinal);

        // Pending now: reconsidering again is a conflict.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reconsider", ("reason", Why))).StatusCode);
    }

    [Fact]
    public async Task Non_moderators_cannot_reconsider()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 952);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", RejectReason))).StatusCode);
        var mailBefore = await PortalTestData.OutboxCountAsync(bed);
        var url = $"/backoffice/catalog/moderation/{business.BusinessId}/reconsider";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await bed.SignInAsync("editor@lviv.example")).PostAsync(url, ("reason", Why))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await bed.SignInAsync("admin@kyiv.example")).PostAsync(url, ("reason", Why))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await bed.SignInAsync("owner@firma.example")).PostAsync(url, ("reason", Why))).StatusCode);
        var anonymous = await bed.Anonymous().PostAsync(url, ("reason", Why));
        Assert.True(anonymous.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"Anonymous reconsider answered {(int)anonymous.StatusCode}");
        var withoutToken = await admin.Http.PostAsync(url, new FormUrlEncodedContent([new("reason", Why)]));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        Assert.Equal(VerificationState.Rejected, await StateAsync(bed, business.BusinessId));
        Assert.DoesNotContain(await HistoryAsync(bed, business.BusinessId), h => h.Action == BusinessModerationHistory.Reconsidered);
        Assert.Equal(mailBefore, await PortalTestData.OutboxCountAsync(bed));
    }

    private static Task<VerificationState> StateAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().Where(b => b.Id == id).Select(b => b.State).SingleAsync());

    private static Task<List<AuditEntry>> HistoryAsync(BackofficeTestBed bed, Guid id) => bed.WithScopeAsync(sp =>
        sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().AsNoTracking().Where(a => a.Subject == id.ToString()).OrderBy(a => a.Id).ToListAsync());
}

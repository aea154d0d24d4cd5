using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>The portal side of "Submit again for verification" and the moderation screen that sees it come back.</summary>
public sealed class ResubmissionPortalTests
{
    private const string Reason = "Назва не збігається з випискою з ЄДР.";

    [Fact]
    public async Task Manager_sees_the_reason_submits_again_and_the_moderator_finds_it_in_the_queue_with_the_earlier_reason()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 701);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", Reason))).StatusCode);

        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var overview = await (await portal.GetAsync($"/business/{business.BusinessId}")).Content.ReadAsStringAsync();
        Assert.Contains(Reason, overview, StringComparison.Ordinal);
        Assert.Contains($"action=\"/business/{business.BusinessId}/resubmit\"", overview, StringComparison.Ordinal);
        Assert.Contains(">Submit again for verification</button>", overview, StringComparison.Ordinal);

        // The manager corrects the profile (a rejected business may still be edited), then submits again.
        var saved = await portal.PostAsync($"/business/{business.BusinessId}/profile", ("DisplayName", "Test: business 701 (corrected)"), ("ContactEmail", "office@example.org"),
            ("KvedCodes", "62"), ("SizeBand", "Small"), ("TaglineUk", "Виправлений профіль"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var sent = await portal.PostAsync($"/business/{business.BusinessId}/resubmit");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        overview = await (await portal.GetAsync(sent.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("<strong>Pending</strong>", overview, StringComparison.Ordinal);
        Assert.Contains("moderators were told", overview, StringComparison.Ordinal);
        Assert.DoesNotContain(Reason, overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Submit again for verification", overview, StringComparison.Ordinal);

        // Pending again, so a second click is a conflict and nothing more is mailed.
        Assert.Equal(HttpStatusCode.Conflict, (await portal.PostAsync($"/business/{business.BusinessId}/resubmit")).StatusCode);

        var messages = await PortalMailFiles.FlushAsync(bed);
        var toModerator = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == "admin@lviv.example");
        Assert.Contains("Test: business 701 (corrected)", toModerator.Subject, StringComparison.Ordinal);
        Assert.Contains(Reason, toModerator.TextBody, StringComparison.Ordinal);

        var queue = await (await admin.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync();
        var waiting = queue[queue.IndexOf("<h2>Waiting for a decision</h2>", StringComparison.Ordinal)..queue.IndexOf("<h2>Decided</h2>", StringComparison.Ordinal)];
        Assert.Contains("Test: business 701 (corrected)", waiting, StringComparison.Ordinal);
        Assert.Contains("Earlier reason for rejecting", waiting, StringComparison.Ordinal);
        Assert.Contains(Reason, waiting, StringComparison.Ordinal);

        // Rejected again within the day: the manager must wait (429), the state stays Rejected.
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reject", ("reason", "Ще раз: назва не збігається."))).StatusCode);
        var limited = await portal.PostAsync($"/business/{business.BusinessId}/resubmit");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("the next time is possible after", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VerificationState.Rejected, await StateAsync(bed, business.BusinessId));
    }

    [Fact]
    public async Task A_suspended_business_has_no_resubmit_button_and_its_post_is_refused()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var business = await PortalTestData.BusinessWithRecordsAsync(bed, owner, 702);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        var admin = await bed.SignInAsync("admin@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/suspend", ("reason", "Скарги покупців."))).StatusCode);
        var mailBefore = await PortalTestData.OutboxCountAsync(bed);

        var portal = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var overview = await (await portal.GetAsync($"/business/{business.BusinessId}")).Content.ReadAsStringAsync();
        Assert.Contains("Only a moderator can lift a suspension", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("/resubmit", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await portal.PostAsync($"/business/{business.BusinessId}/resubmit")).StatusCode);
        Assert.Equal(VerificationState.Suspended, await StateAsync(bed, business.BusinessId));
        Assert.Equal(mailBefore, await PortalTestData.OutboxCountAsync(bed));

        // Reinstating is the moderator's button.
        Assert.Contains($"Reinstate Test: business 702", await (await admin.GetAsync("/backoffice/catalog/moderation")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/backoffice/catalog/moderation/{business.BusinessId}/reinstate")).StatusCode);
        Assert.Equal(VerificationState.Verified, await StateAsync(bed, business.BusinessId));
    }

    private static Task<VerificationState> StateAsync(BackofficeTestBed bed, Guid id) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Business>().Where(b => b.Id == id).Select(b => b.State).SingleAsync());
}

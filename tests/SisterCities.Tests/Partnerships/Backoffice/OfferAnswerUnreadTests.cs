using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>"Mark as unread" on the backoffice answers page: a plain form post, for the same people as "Mark as read".</summary>
public sealed class OfferAnswerUnreadTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_read_answer_is_marked_unread_by_a_form_post_and_counts_as_new_again_with_an_audit_row(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: OfferAnswerData.RoomyLimits, provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        var editorId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var answer = await OfferAnswerData.AnswerAsync(bed, data.LvivOffer, "Test: exchange of teachers");
        var basePath = $"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers";
        var lviv = await bed.SignInAsync("editor@lviv.example");

        // A new answer offers "Mark as read" only.
        var fresh = await lviv.Http.GetStringAsync(basePath);
        Assert.DoesNotContain($"{answer}/unread", fresh, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await lviv.PostAsync($"{basePath}/{answer}/read?page=1")).StatusCode);

        // Read: the page offers "Mark as unread" as a form with the antiforgery token (works without JavaScript).
        var read = await lviv.Http.GetStringAsync(basePath);
        Assert.Contains($"<form method=\"post\" action=\"{basePath}/{answer}/unread?page=1\" class=\"inline\"><button type=\"submit\" aria-label=\"Mark as unread: Test: exchange of teachers\">Mark as unread</button><input name=\"__RequestVerificationToken\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("new</strong>", await lviv.Http.GetStringAsync("/backoffice/sites/lviv/offers"), StringComparison.Ordinal);

        var unread = await lviv.PostAsync($"{basePath}/{answer}/unread?page=1");
        Assert.Equal(HttpStatusCode.Redirect, unread.StatusCode);
        Assert.Equal($"{basePath}?page=1&done=unread#a-{answer}", unread.Headers.Location!.OriginalString);
        var after = await lviv.Http.GetStringAsync(unread.Headers.Location.OriginalString);
        Assert.Contains("Marked as unread", after, StringComparison.Ordinal);
        Assert.Contains($"{answer}/read?page=1", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"{answer}/unread", after, StringComparison.Ordinal);
        Assert.Contains("<strong>1 new</strong>", await lviv.Http.GetStringAsync("/backoffice/sites/lviv/offers"), StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Null((await db.Set<Inquiry>().AsNoTracking().SingleAsync(i => i.Id == answer)).ReadAt);
            var audit = await db.Set<AuditEntry>().Where(a => a.Action.StartsWith("offer-answer-")).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal([("offer-answer-read", answer.ToString()), ("offer-answer-unread", answer.ToString())], audit.Select(a => (a.Action, a.Subject)));
            Assert.All(audit, a => Assert.Equal((bed.LvivId, editorId), (a.SiteId!.Value, a.ActorId)));
        });
    }

    [Fact]
    public async Task Unread_is_refused_without_antiforgery_to_other_sites_and_to_readers_who_are_not_recipients_and_for_handled_answers()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: OfferAnswerData.RoomyLimits);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);
        var answer = await OfferAnswerData.AnswerAsync(bed, data.LvivOffer, "Test: exchange of teachers");
        var handled = await OfferAnswerData.AnswerAsync(bed, data.LvivOffer, "Test: already answered");
        var kyivAnswer = await OfferAnswerData.AnswerAsync(bed, data.KyivOffer, "Test: Kyiv question");
        var lvivPath = $"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers";
        var kyivPath = $"/backoffice/sites/kyiv/offers/{data.KyivOffer}/answers";
        var lviv = await bed.SignInAsync("editor@lviv.example");
        Assert.Equal(HttpStatusCode.Redirect, (await lviv.PostAsync($"{lvivPath}/{answer}/read")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lviv.PostAsync($"{lvivPath}/{handled}/handled")).StatusCode);
        var kyivEditor = await bed.SignInAsync("editor@kyiv.example");
        Assert.Equal(HttpStatusCode.Redirect, (await kyivEditor.PostAsync($"{kyivPath}/{kyivAnswer}/read")).StatusCode);

        // No antiforgery token: 400, before anything is looked at.
        var forged = await lviv.Http.PostAsync($"{lvivPath}/{answer}/unread", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        // Kyiv's answer under Lviv's offer, or Kyiv's offer under Lviv's address: not found, for Lviv's own editor.
        Assert.Equal(HttpStatusCode.NotFound, (await lviv.PostAsync($"{lvivPath}/{kyivAnswer}/unread")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lviv.PostAsync($"/backoffice/sites/lviv/offers/{data.KyivOffer}/answers/{kyivAnswer}/unread")).StatusCode);

        // Kyiv's editor on Lviv's answer (under Lviv's address, or under Kyiv's offer): refused or not found.
        Assert.Equal(HttpStatusCode.Forbidden, (await kyivEditor.PostAsync($"{lvivPath}/{answer}/unread")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kyivEditor.PostAsync($"{kyivPath}/{answer}/unread")).StatusCode);

        // A network admin may read Lviv's answers but was not mailed them (Lviv has editors): 403, like "Mark as read".
        var root = await bed.SignInAsync("root@network.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await root.PostAsync($"{lvivPath}/{answer}/unread")).StatusCode);

        // Signed out: to the sign-in page, nothing changes.
        var anonymous = await bed.Anonymous().PostAsync($"{lvivPath}/{answer}/unread");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/backoffice/sign-in", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // A handled answer stays handled: 409 with a way back, and no "Mark as unread" button for it.
        var conflict = await lviv.PostAsync($"{lvivPath}/{handled}/unread?page=1");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("cannot be marked unread", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain($"{handled}/unread", await lviv.Http.GetStringAsync(lvivPath), StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var answers = await db.Set<Inquiry>().AsNoTracking().ToDictionaryAsync(i => i.Id);
            Assert.NotNull(answers[answer].ReadAt);
            Assert.NotNull(answers[handled].ReadAt);
            Assert.NotNull(answers[handled].RepliedAt);
            Assert.NotNull(answers[kyivAnswer].ReadAt);
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => a.Action == "offer-answer-unread"));
        });
    }
}

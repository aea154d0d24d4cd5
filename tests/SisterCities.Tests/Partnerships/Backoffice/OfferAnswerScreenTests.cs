using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Cms.Partnerships.Backoffice;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>The backoffice list of the answers an offer received: counts, paging, encoding, marks, reply and who sees what.</summary>
public sealed class OfferAnswerScreenTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_answers_page_lists_that_offers_real_answers_newest_first_paged_with_counts_and_marks_persist_with_audit(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock: clock, settings: OfferAnswerData.RoomyLimits, provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        var editorId = await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("root@network.example", networkAdmin: true);

        // One page and one more of answers to Lviv's offer, a minute apart; one answer to Kyiv's offer.
        var lvivAnswers = new List<Guid>();
        for (var n = 1; n <= OfferAnswersController.PageSize + 1; n++)
        {
            var message = n == 7 ? "Надсилаємо план <script>alert(1)</script> & кошторис." : $"Повідомлення {n}.";
            lvivAnswers.Add(await OfferAnswerData.AnswerAsync(bed, data.LvivOffer, $"Test: answer {n:00}", message, email: $"sender{n}@lublin.example"));
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var kyivAnswer = await OfferAnswerData.AnswerAsync(bed, data.KyivOffer, "Test: Kyiv question", email: "olha@rivne.example", name: "Ольга", country: "UA");

        var lviv = await bed.SignInAsync("editor@lviv.example");
        var offers = await lviv.Http.GetStringAsync("/backoffice/sites/lviv/offers");
        Assert.Contains($"href=\"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers\" aria-label=\"21 answers to Test: seeking partners\">21</a>", offers, StringComparison.Ordinal);
        Assert.Contains("<strong>21 new</strong>", offers, StringComparison.Ordinal);

        var first = await lviv.Http.GetStringAsync($"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers");
        Assert.Contains("21 answers, newest first", first, StringComparison.Ordinal);
        Assert.Contains("page 1 of 2", first, StringComparison.Ordinal);
        Assert.True(first.IndexOf("Test: answer 21", StringComparison.Ordinal) < first.IndexOf("Test: answer 20", StringComparison.Ordinal));
        Assert.Contains("Test: answer 02", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: answer 01", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: Kyiv question", first, StringComparison.Ordinal);
        Assert.DoesNotContain("olha@rivne.example", first, StringComparison.Ordinal);
        Assert.Contains("Anna Kowalska &lt;sender21@lublin.example&gt;", first, StringComparison.Ordinal);
        Assert.Contains("Test: Lublin development agency", first, StringComparison.Ordinal);
        Assert.Contains("<dd>PL</dd>", first, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; кошторис.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", first, StringComparison.Ordinal);

        var basePath = $"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers";
        Assert.Contains($"action=\"{basePath}/{lvivAnswers[20]}/read?page=1\"", first, StringComparison.Ordinal);
        Assert.Contains($"action=\"{basePath}/{lvivAnswers[20]}/reply?page=1\"", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{basePath}?page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{basePath}\"", await lviv.Http.GetStringAsync($"/backoffice/sites/lviv/offers/{data.LvivOffer}"), StringComparison.Ordinal);

        var second = await lviv.Http.GetStringAsync($"/backoffice/sites/lviv/offers/{data.LvivOffer}/answers?page=2");
        Assert.Contains("Test: answer 01", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Test: answer 02", second, StringComparison.Ordinal);

        var read = await lviv.PostAsync($"{basePath}/{lvivAnswers[4]}/read?page=1");
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal($"{basePath}?page=1&done=read#a-{lvivAnswers[4]}", read.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await lviv.PostAsync($"{basePath}/{lvivAnswers[5]}/handled")).StatusCode);

        var empty = await lviv.PostAsync($"{basePath}/{lvivAnswers[6]}/reply", ("message", "  "));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"e-reply-{lvivAnswers[6]}\"", emptyHtml, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"#f-reply-{lvivAnswers[6]}\">", emptyHtml, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(emptyHtml, "<details open=\"open\">"));
        var reply = await lviv.PostAsync($"{basePath}/{lvivAnswers[6]}/reply", ("message", "Дякуємо! Пропонуємо зустріч у Львові 12 травня."));
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var answers = await db.Set<Inquiry>().AsNoTracking().ToDictionaryAsync(i => i.Id);
            Assert.NotNull(answers[lvivAnswers[4]].ReadAt);
            Assert.Null(answers[lvivAnswers[4]].RepliedAt);
            Assert.NotNull(answers[lvivAnswers[5]].RepliedAt);
            Assert.NotNull(answers[lvivAnswers[6]].RepliedAt);
            Assert.Equal(3, answers.Values.Count(a => a.ReadAt is not null));

            var audit = await db.Set<AuditEntry>().Where(a => a.Action.StartsWith("offer-answer-")).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(
                [("offer-answer-read", lvivAnswers[4].ToString()), ("offer-answer-handled", lvivAnswers[5].ToString()), ("offer-answer-replied", lvivAnswers[6].ToString())],
                audit.Select(a => (a.Action, a.Subject)));
            Assert.All(audit, a => Assert.Equal((bed.LvivId, editorId), (a.SiteId!.Value, a.ActorId)));
            Assert.All(audit, a => Assert.DoesNotContain("@", a.Detail ?? "", StringComparison.Ordinal));

            var mail = await db.Set<OutboxMail>().SingleAsync(m => m.To == "sender7@lublin.example");
            Assert.Equal("Re: Test: answer 07", mail.Subject);
            Assert.Contains("Пропонуємо зустріч у Львові 12 травня.", mail.Body, StringComparison.Ordinal);
            Assert.Contains("Львів", mail.Body, StringComparison.Ordinal);
        });

        offers = await lviv.Http.GetStringAsync("/backoffice/sites/lviv/offers");
        Assert.Contains("<strong>18 new</strong>", offers, StringComparison.Ordinal);

        // Kyiv's answer is not found under Lviv's offer, nor Kyiv's offer under Lviv's address.
        Assert.Equal(HttpStatusCode.NotFound, (await lviv.PostAsync($"{basePath}/{kyivAnswer}/read")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lviv.GetAsync($"/backoffice/sites/lviv/offers/{data.KyivOffer}/answers")).StatusCode);

        // A network admin reaches the page but is not among the people the answers were for (Lviv has editors):
        // no sender addresses, no marks.
        var root = await bed.SignInAsync("root@network.example");
        var rootPage = await root.Http.GetStringAsync(basePath);
        Assert.Contains("Test: answer 21", rootPage, StringComparison.Ordinal);
        Assert.DoesNotContain("@lublin.example", rootPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/read?", rootPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await root.PostAsync($"{basePath}/{lvivAnswers[0]}/read")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await root.PostAsync($"{basePath}/{lvivAnswers[0]}/reply", ("message", "Hello"))).StatusCode);
        // Kyiv has nobody to mail, so its answers went to the network admins: for Kyiv's offer they are the recipients.
        var kyivPage = await root.Http.GetStringAsync($"/backoffice/sites/kyiv/offers/{data.KyivOffer}/answers");
        Assert.Contains("Ольга &lt;olha@rivne.example&gt;", kyivPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await root.PostAsync($"/backoffice/sites/kyiv/offers/{data.KyivOffer}/answers/{kyivAnswer}/handled")).StatusCode);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.NotNull((await db.Set<Inquiry>().AsNoTracking().SingleAsync(i => i.Id == kyivAnswer)).RepliedAt);
            var untouched = await db.Set<Inquiry>().AsNoTracking().SingleAsync(i => i.Id == lvivAnswers[0]);
            Assert.Null(untouched.ReadAt);
            Assert.False(await db.Set<OutboxMail>().AnyAsync(m => m.To == "sender1@lublin.example"));
            Assert.Equal(4, await db.Set<AuditEntry>().CountAsync(a => a.Action.StartsWith("offer-answer-")));
        });
    }
}

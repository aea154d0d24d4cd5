using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>Answering a cooperation offer on its public page: stored as an inquiry to the offer, mailed to the site's editors.</summary>
public sealed partial class OfferAnswerTests
{
    private static readonly Dictionary<string, string?> TightLimits = new() { ["Catalog:InquiriesPerEmail"] = "2", ["Catalog:InquiriesPerIp"] = "50" };

    [Fact]
    public async Task A_visitors_answer_is_stored_against_the_offer_and_mailed_to_the_sites_editors_and_admins_only()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: TightLimits);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var visitor = Visitor(bed);

        var page = await visitor.GetStringAsync($"/offers/{data.LvivOffer}?culture=en");
        Assert.Contains("Test: seeking partners", page, StringComparison.Ordinal);
        var answer = await PostAnswerAsync(visitor, page, data.LvivOffer, ("fromName", "Anna Kowalska"), ("fromEmail", "Anna.Kowalska@lublin.example"),
            ("fromOrganisation", "Test: Lublin development agency"), ("subject", "Rebuilding schools"), ("message", "We have rebuilt 12 schools and can share our tender documents."), ("consentGiven", "true"));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("sent=true", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("<p role=\"status\">", await visitor.GetStringAsync(answer.Headers.Location.OriginalString), StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var stored = await db.Set<Inquiry>().SingleAsync();
            Assert.Equal((data.LvivOffer, (Guid?)null, (Guid?)null), (stored.OfferId!.Value, stored.BusinessId, stored.ProjectId));
            Assert.Equal("anna.kowalska@lublin.example", stored.FromEmail);
            Assert.StartsWith("I agree that SisterCities passes my message", stored.ConsentText, StringComparison.Ordinal);
            var mails = await db.Set<OutboxMail>().OrderBy(m => m.To).ToListAsync();
            Assert.Equal(["admin@lviv.example", "editor@lviv.example"], mails.Select(m => m.To));
            Assert.All(mails, m => Assert.Contains("We have rebuilt 12 schools", m.Body, StringComparison.Ordinal));
            Assert.All(mails, m => Assert.Contains("anna.kowalska@lublin.example", m.Body, StringComparison.Ordinal));

            // The outbox turns them into .eml files in the data folder (no SMTP configured in tests).
            // (The hosted sender may have taken them already; running once more sends whatever is left.)
            await sp.GetRequiredService<OutboxMailSender>().RunOnceAsync(default);
        });
        var eml = Directory.GetFiles(Path.Combine(bed.DataPath, "mail"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Contains(eml, m => m.Contains("To: editor@lviv.example", StringComparison.Ordinal));
        Assert.Contains(eml, m => m.Contains("To: admin@lviv.example", StringComparison.Ordinal));
        Assert.DoesNotContain(eml, m => m.Contains("author@lviv.example", StringComparison.Ordinal) || m.Contains("kyiv.example", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Honeypot_missing_consent_per_sender_limit_and_withdrawn_offers_are_refused_and_nothing_is_stored_for_them()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: TightLimits);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var visitor = Visitor(bed);
        var page = await visitor.GetStringAsync($"/offers/{data.LvivOffer}");
        (string, string)[] good = [("fromName", "Ольга"), ("fromEmail", "olha@rivne.example"), ("subject", "Співпраця"), ("message", "Хочемо долучитися."), ("consentGiven", "true")];

        var bot = await PostAnswerAsync(visitor, page, data.LvivOffer, [.. good, ("website", "http://spam.example")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bot.StatusCode);
        var noConsent = await PostAnswerAsync(visitor, page, data.LvivOffer, [.. good.Where(f => f.Item1 != "consentGiven")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noConsent.StatusCode);
        Assert.Contains("id=\"e-consentGiven\"", await noConsent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await PartnerUiData.CountAsync<Inquiry>(bed));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAnswerAsync(visitor, page, data.LvivOffer, good)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAnswerAsync(visitor, page, data.LvivOffer, good)).StatusCode);
        var third = await PostAnswerAsync(visitor, page, data.LvivOffer, good);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(2, await PartnerUiData.CountAsync<Inquiry>(bed));
        Assert.Equal(2, await PartnerUiData.CountAsync<OutboxMail>(bed));

        // Without the antiforgery token the post does not reach the intake at all.
        var forged = await visitor.PostAsync($"/offers/{data.LvivOffer}/answer", new FormUrlEncodedContent(good.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var editor = await bed.SignInAsync("editor@lviv.example");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync($"/backoffice/sites/lviv/offers/{data.LvivOffer}/withdraw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/offers/{data.LvivOffer}")).StatusCode);
        var late = await PostAnswerAsync(visitor, page, data.LvivOffer, [("fromName", "Late"), ("fromEmail", "late@example.org"), ("subject", "s"), ("message", "m"), ("consentGiven", "true")]);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(2, await PartnerUiData.CountAsync<Inquiry>(bed));
    }

    private static HttpClient Visitor(BackofficeTestBed bed) =>
        bed.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static Task<HttpResponseMessage> PostAnswerAsync(HttpClient client, string page, Guid offer, params (string Name, string Value)[] fields)
    {
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        Assert.NotEmpty(token);
        var all = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return client.PostAsync($"/offers/{offer}/answer?culture=en", new FormUrlEncodedContent(all));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}

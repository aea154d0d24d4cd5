using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Catalog.Inquiries;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog.Portal;
using SisterCities.Tests.Catalog.PublicPages;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>An answer to a business's offer reaches the business's managers: by mail through the outbox and in the portal inbox.</summary>
public sealed class BusinessOfferAnswerTests
{
    [Fact]
    public async Task An_answer_to_a_business_offer_is_mailed_to_its_managers_only_and_listed_in_their_portal_inbox()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@pekarnia.example");
        var manager = await PortalTestData.ConfirmedUserAsync(bed, "manager@pekarnia.example");
        await PortalTestData.ConfirmedUserAsync(bed, "owner@other.example");
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SisterCities.Cms.Accounts.SiteRole.Editor);
        var business = await BusinessOfferTestData.BusinessAsync(bed, owner, 331, "Test: bakery with an offer", kved: "10");
        var other = await BusinessOfferTestData.BusinessAsync(bed, await UserIdAsync(bed, "owner@other.example"), 332, "Test: other business");
        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            db.Add(new BusinessManager { BusinessId = business.Id, UserId = manager, Role = BusinessManagerRole.Manager, AddedAt = DateTimeOffset.UtcNow });
            db.RemoveRange(db.Set<OutboxMail>()); // the moderators' decision mails of the set-up
            await db.SaveChangesAsync();
        });
        var offer = await BusinessOfferTestData.OfferAsync(bed, business.Id, "Test: bread-making training");

        var visitor = bed.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await visitor.GetStringAsync($"/offers/{offer.Key}?culture=en");
        var token = WebUtility.HtmlDecode(PublicCatalogData.AntiforgeryToken(page));
        (string, string)[] fields = [("fromName", "Jan Nowak"), ("fromEmail", "jan.nowak@lublin.example"), ("subject", "Test: training for our bakers"),
            ("message", "We would send four bakers in March."), ("consentGiven", "true"), ("__RequestVerificationToken", token)];
        var answer = await visitor.PostAsync($"/offers/{offer.Key}/answer?culture=en", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);

        var (inquiry, mails) = await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            return (await db.Set<Inquiry>().SingleAsync(), await db.Set<OutboxMail>().OrderBy(m => m.To).ToListAsync());
        });
        Assert.Equal(((Guid?)offer.Key, (Guid?)null), (inquiry.OfferId, inquiry.BusinessId));
        Assert.Equal(["manager@pekarnia.example", "owner@pekarnia.example"], mails.Select(m => m.To));
        Assert.All(mails, m => Assert.Contains("We would send four bakers in March.", m.Body, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains("Test: bakery with an offer", m.Body, StringComparison.Ordinal));

        // Both managers see it in the portal inbox and can open it (which marks it read).
        foreach (var email in new[] { "owner@pekarnia.example", "manager@pekarnia.example" })
        {
            var client = await PortalTestData.SignInAsync(bed, email);
            Assert.Contains($"/business/{business.Id}/inbox/{inquiry.Id}", await client.Http.GetStringAsync($"/business/{business.Id}/inbox"), StringComparison.Ordinal);
        }

        var outsider = await PortalTestData.SignInAsync(bed, "owner@other.example");
        Assert.DoesNotContain(inquiry.Id.ToString(), await outsider.Http.GetStringAsync($"/business/{other.Id}/inbox"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/business/{other.Id}/inbox/{inquiry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/business/{business.Id}/inbox/{inquiry.Id}")).StatusCode);
        Assert.Null(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().Select(i => i.ReadAt).SingleAsync()));

        var ownerClient = await PortalTestData.SignInAsync(bed, "owner@pekarnia.example");
        Assert.Contains("1 unread inquiry(ies)", await ownerClient.Http.GetStringAsync($"/business/{business.Id}"), StringComparison.Ordinal);
        var opened = await ownerClient.GetAsync($"/business/{business.Id}/inbox/{inquiry.Id}");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("We would send four bakers in March.", await opened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<Inquiry>().Select(i => i.ReadAt).SingleAsync()));
        Assert.Contains("0 unread inquiry(ies)", await ownerClient.Http.GetStringAsync($"/business/{business.Id}"), StringComparison.Ordinal);
        var row = (await ownerClient.Http.GetStringAsync($"/business/{business.Id}/offers")).Split("Test: bread-making training</a>")[1].Split("</tr>")[0];
        Assert.Contains("<td>1</td>", row, StringComparison.Ordinal); // the answer count on the offers list
    }

    private static Task<string> UserIdAsync(BackofficeTestBed bed, string email) =>
        bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Catalog.Businesses;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Catalog;
using SisterCities.Tests.Catalog.Portal;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Portal;

/// <summary>A business's cooperation offers in the portal: posted, edited, ended and withdrawn, and shown publicly with the business as author.</summary>
public sealed class BusinessOfferPortalTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_verified_business_posts_edits_ends_and_withdraws_an_offer_that_is_public_with_the_business_as_author(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@pekarnia.example");
        var business = await BusinessOfferTestData.BusinessAsync(bed, owner, 301, "Test: Львівська пекарня", kved: "10");
        var client = await PortalTestData.SignInAsync(bed, "owner@pekarnia.example");
        var root = $"/business/{business.Id}/offers";
        var today = OfferWriter.KyivToday(TimeProvider.System);

        var list = await client.GetAsync(root);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains($"href=\"{root}/new\"", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Every mistake at once: 422, the form again with each message next to its field, nothing stored.
        var bad = await client.PostAsync($"{root}/new", ("Direction", "Request"), ("Topic", "space-mining"), ("Area", "economy"), ("TitleUk", "Шукаємо імпортерів"),
            ("TitleEn", "   "), ("ExpiresOn", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Published", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badPage = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("class=\"error-summary\"", badPage, StringComparison.Ordinal);
        foreach (var field in new[] { "titleEn", "topic", "expiresOn" })
        {
            Assert.Contains($"id=\"f-{field}-error\"", badPage, StringComparison.Ordinal);
            Assert.Contains($"href=\"#f-{field}\"", badPage, StringComparison.Ordinal);
        }

        Assert.Contains("value=\"Шукаємо імпортерів\"", badPage, StringComparison.Ordinal);
        Assert.Empty(await BusinessOfferTestData.OffersOfAsync(bed, business.Id));

        var created = await client.PostAsync($"{root}/new", ("Direction", "Request"), ("Topic", "trade"), ("Area", "economy"),
            ("TitleUk", "Test: шукаємо імпортерів борошна"), ("TitleEn", "Test: looking for flour importers"),
            ("DescriptionUk", "  Щотижня <b>20 тонн</b>.\u0007 "), ("DescriptionEn", "Twenty tonnes a week."),
            ("ExpiresOn", today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Published", "true"), ("Published", "false"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var offer = Assert.Single(await BusinessOfferTestData.OffersOfAsync(bed, business.Id));
        Assert.Equal($"{root}/{offer.Key}?saved=true", created.Headers.Location!.OriginalString);
        Assert.Equal((null, OfferDirection.Request, "trade", true, today.AddDays(30)), (offer.SiteId, offer.Direction, offer.Topic, offer.Published, offer.ExpiresOn));
        Assert.Equal("Щотижня <b>20 тонн</b>.", offer.DescriptionUk); // plain text: trimmed, control character gone, markup kept literally
        var editPage = await client.Http.GetStringAsync($"{root}/{offer.Key}");
        Assert.Contains("&lt;b&gt;", editPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", editPage, StringComparison.Ordinal);

        // Public: the API, the answer page and the hub's list of those looking for partners name the business.
        var anonymous = bed.App.CreateClient();
        var api = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/offers");
        var item = Assert.Single(api.GetProperty("items").EnumerateArray());
        Assert.Equal(business.Id, item.GetProperty("business").GetGuid());
        Assert.Equal("Test: Львівська пекарня", item.GetProperty("businessName").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("site").ValueKind);
        var answerPage = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/offers/{offer.Key}?culture=en"));
        Assert.Contains("From the business", answerPage, StringComparison.Ordinal);
        Assert.Contains($"/catalog/{SisterCities.Cms.Catalog.PublicPages.CatalogPaths.SlugWithId(business.DisplayName, business.Id)}\">Test: Львівська пекарня</a>", answerPage, StringComparison.Ordinal);
        var hub = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/en/partnerships"));
        Assert.Contains("Municipalities and businesses looking for partners", hub, StringComparison.Ordinal);
        Assert.Contains("Test: Львівська пекарня</a>", hub, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/offers/{offer.Key}?culture=en\">Test: looking for flour importers</a>", hub, StringComparison.Ordinal);

        // Edit: saved and shown again; the owner cannot be moved by the form.
        var saved = await client.PostAsync($"{root}/{offer.Key}", ("Direction", "Offer"), ("Topic", "trade"), ("Area", "economy"), ("TitleUk", "Test: пропонуємо борошно"),
            ("TitleEn", "Test: we offer flour"), ("ExpiresOn", today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Published", "true"), ("SiteId", bed.LvivId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("The offer is saved.", await client.Http.GetStringAsync(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var edited = await BusinessOfferTestData.StoredAsync(bed, offer.Key);
        Assert.Equal(("Test: we offer flour", OfferDirection.Offer, today.AddDays(60), (int?)null, (Guid?)business.Id), (edited.TitleEn, edited.Direction, edited.ExpiresOn, edited.SiteId, edited.BusinessKey));

        // End today: kept, no longer open anywhere.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{offer.Key}/expire")).StatusCode);
        Assert.Equal(today, (await BusinessOfferTestData.StoredAsync(bed, offer.Key)).ExpiresOn);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/offers/{offer.Key}")).StatusCode);
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/offers")).GetProperty("total").GetInt32());
        Assert.Contains("<td>expired</td>", await client.Http.GetStringAsync(root), StringComparison.Ordinal);

        // Withdraw: for good; a later edit is refused with the reason and changes nothing.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"{root}/{offer.Key}/withdraw")).StatusCode);
        var withdrawn = await BusinessOfferTestData.StoredAsync(bed, offer.Key);
        Assert.NotNull(withdrawn.WithdrawnAt);
        Assert.False(withdrawn.Published);
        var late = await client.PostAsync($"{root}/{offer.Key}", ("Direction", "Offer"), ("Topic", "trade"), ("Area", "economy"), ("TitleUk", "Т"), ("TitleEn", "Test: revived"),
            ("ExpiresOn", today.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Published", "true"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
        Assert.Contains("A withdrawn offer cannot be changed.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Test: we offer flour", (await BusinessOfferTestData.StoredAsync(bed, offer.Key)).TitleEn);
        Assert.Contains("<td>withdrawn</td>", await client.Http.GetStringAsync(root), StringComparison.Ordinal);

        var actions = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().Where(a => a.Subject == offer.Key.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Equal(["offer-created", "offer-expired", "offer-saved", "offer-withdrawn"], actions.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Pending_rejected_and_suspended_businesses_are_told_why_and_cannot_post_or_change_offers(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var owner = await PortalTestData.ConfirmedUserAsync(bed, "owner@firma.example");
        var pending = await BusinessOfferTestData.BusinessAsync(bed, owner, 311, "Test: pending", VerificationState.Pending);
        var rejected = await BusinessOfferTestData.BusinessAsync(bed, owner, 312, "Test: rejected", VerificationState.Rejected);
        var suspended = await BusinessOfferTestData.BusinessAsync(bed, owner, 313, "Test: later suspended");
        var earlier = await BusinessOfferTestData.OfferAsync(bed, suspended.Id, "Test: posted while verified");
        await bed.WithScopeAsync(async sp =>
        {
            var result = await sp.GetRequiredService<BusinessModeration>().SuspendAsync(TestActor.NetworkAdmin("network-admin"), suspended.Id, "Complaint under review", default);
            Assert.True(result.Succeeded);
        });
        var client = await PortalTestData.SignInAsync(bed, "owner@firma.example");
        var expires = OfferWriter.KyivToday(TimeProvider.System).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (string, string)[] good = [("Direction", "Offer"), ("Topic", "training"), ("Area", "education"), ("TitleUk", "Т"), ("TitleEn", "Test: should not exist"), ("ExpiresOn", expires), ("Published", "true")];

        foreach (var (business, why) in new[] { (pending, "waiting for a moderator"), (rejected, "Documents missing"), (suspended, "Complaint under review") })
        {
            var root = $"/business/{business.Id}/offers";
            var list = await client.Http.GetStringAsync(root);
            Assert.Contains(why, list, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"{root}/new\"", list, StringComparison.Ordinal);
            var form = await client.GetAsync($"{root}/new");
            Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
            Assert.Contains(why, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{root}/new", good)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/business/{suspended.Id}/offers/{earlier.Key}", good)).StatusCode);
        Assert.Equal("Test: posted while verified", (await BusinessOfferTestData.StoredAsync(bed, earlier.Key)).TitleEn);
        Assert.Empty(await BusinessOfferTestData.OffersOfAsync(bed, pending.Id));
        Assert.Empty(await BusinessOfferTestData.OffersOfAsync(bed, rejected.Id));

        // The suspended business's offer vanished from public view with its showroom; taking it down is still allowed.
        var anonymous = bed.App.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/offers/{earlier.Key}")).StatusCode);
        Assert.Equal(0, (await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/offers")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync($"/business/{suspended.Id}/offers/{earlier.Key}/withdraw")).StatusCode);
        Assert.NotNull((await BusinessOfferTestData.StoredAsync(bed, earlier.Key)).WithdrawnAt);
    }
}

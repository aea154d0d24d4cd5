using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Partnerships;
using SisterCities.Cms.Partnerships.Events;
using SisterCities.Cms.Partnerships.Offers;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Partnerships.Backoffice;

/// <summary>The screens refuse what the partnership rules refuse, show the message next to the field, and store nothing.</summary>
public sealed partial class PartnershipScreenRuleTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Self_partnership_duplicate_active_tie_end_before_start_and_unknown_country_are_shown_at_the_field_and_not_stored(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var lviv = await bed.SignInAsync("editor@lviv.example");
        var lvivId = bed.LvivId.ToString(CultureInfo.InvariantCulture);
        var winnipeg = data.WinnipegId.ToString(CultureInfo.InvariantCulture);

        await AssertFieldErrorAsync(lviv, "/backoffice/sites/lviv/partnerships/new", "partnerSiteId", "A site cannot be its own partner.", ("partnerSiteId", lvivId), ("status", "Proposed"));
        await AssertFieldErrorAsync(lviv, "/backoffice/sites/lviv/partnerships/new", "partnerCityId", "These two already have an active partnership.", ("partnerCityId", winnipeg), ("status", "Active"));
        await AssertFieldErrorAsync(lviv, "/backoffice/sites/lviv/partnerships/new", "endedOn", "The end date is before the start date.",
            ("partnerSiteId", bed.KyivId.ToString(CultureInfo.InvariantCulture)), ("status", "Proposed"), ("startedOn", "2024-05-01"), ("endedOn", "2023-05-01"));
        await AssertFieldErrorAsync(lviv, "/backoffice/partner-cities/new", "countryCode", "Unknown country", ("nameNative", "Brno"), ("nameEn", "Brno"), ("countryCode", "XX"));
        await AssertFieldErrorAsync(lviv, "/backoffice/sites/lviv/events/new", "endsAt", "The event ends before it starts.",
            ("kind", "tradeMission"), ("titleUk", "Test: місія"), ("titleEn", "Test: mission"), ("startsAt", "2027-05-20T10:00"), ("endsAt", "2027-05-20T09:00"));
        await AssertFieldErrorAsync(lviv, "/backoffice/sites/lviv/offers/new", "expiresOn", "The expiry must be in the future.",
            ("direction", "Offer"), ("topic", "training"), ("area", "education"), ("titleUk", "Test: курс"), ("titleEn", "Test: course"), ("expiresOn", "2020-01-01"));

        // A time that does not parse does not hide the other problems of the same form.
        var both = await lviv.PostAsync("/backoffice/sites/lviv/events/new", ("kind", "tradeMission"), ("titleUk", ""), ("titleEn", "Test: mission"), ("startsAt", "завтра"), ("endsAt", "2027-05-20T09:00"));
        var bothHtml = await both.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, both.StatusCode);
        Assert.Contains("id=\"e-startsAt\"", bothHtml, StringComparison.Ordinal);
        Assert.Contains("id=\"e-titleUk\"", bothHtml, StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            Assert.Equal(2, await db.Set<Partnership>().CountAsync());
            Assert.Equal(2, await db.Set<PartnerCity>().CountAsync());
            Assert.Equal(2, await db.Set<NetworkEvent>().CountAsync());
            Assert.Equal(2, await db.Set<CooperationOffer>().CountAsync());
            Assert.False(await db.Set<AuditEntry>().AnyAsync(a => !a.Action.StartsWith("role-") && !a.Action.StartsWith("user-")));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Editor_creates_a_partnership_an_event_in_Kyiv_time_and_withdraws_an_offer_each_with_an_audit_entry(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var data = await PartnerUiData.SeedAsync(bed);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var news = await bed.CreateNewsAsync(bed.LvivId, "Делегація з Вінніпега");
        var lviv = await bed.SignInAsync("editor@lviv.example");

        var created = await lviv.PostAsync("/backoffice/sites/lviv/partnerships/new",
            ("partnerSiteId", bed.KyivId.ToString(CultureInfo.InvariantCulture)), ("status", "Active"), ("startedOn", "2023-09-01"),
            ("areas", "reconstruction"), ("areas", "education"), ("descriptionUk", "Test: обмін досвідом"), ("contactName", "Test Contact"),
            ("contactEmail", "partners@lviv.example"), ("linkedNewsKeys", news.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = await lviv.Http.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("value=\"2023-09-01\"", edit, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{news}\" selected>", edit);

        // The same pair from the other side is a duplicate active tie too.
        await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var kyiv = await bed.SignInAsync("editor@kyiv.example");
        await AssertFieldErrorAsync(kyiv, "/backoffice/sites/kyiv/partnerships/new", "partnerCityId", "already have an active partnership",
            ("partnerSiteId", bed.LvivId.ToString(CultureInfo.InvariantCulture)), ("status", "Active"));

        var evt = await lviv.PostAsync("/backoffice/sites/lviv/events/new",
            ("kind", "tradeMission"), ("titleUk", "Test: торговельна місія"), ("titleEn", "Test: trade mission"), ("startsAt", "2027-05-20T10:00"),
            ("endsAt", "2027-05-20T18:30"), ("placePartnerCityId", data.WinnipegId.ToString(CultureInfo.InvariantCulture)), ("linkedSiteIds", bed.KyivId.ToString(CultureInfo.InvariantCulture)), ("published", "true"));
        Assert.Equal(HttpStatusCode.Redirect, evt.StatusCode);
        var eventPage = await lviv.Http.GetStringAsync(evt.Headers.Location!.OriginalString);
        Assert.Contains("value=\"2027-05-20T10:00\"", eventPage, StringComparison.Ordinal);
        Assert.Contains("2027-05-20 07:00", eventPage, StringComparison.Ordinal);

        var eventKey = Guid.Parse(KeyInPath().Match(evt.Headers.Location!.OriginalString).Groups[1].Value);
        var resaved = await lviv.PostAsync($"/backoffice/sites/lviv/events/{eventKey}",
            ("kind", "tradeMission"), ("titleUk", "Test: торговельна місія"), ("titleEn", "Test: trade mission"), ("startsAt", "2027-05-20T11:00"), ("endsAt", "2027-05-20T18:30"),
            ("placePartnerCityId", data.WinnipegId.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await lviv.PostAsync($"/backoffice/sites/lviv/offers/{data.LvivOffer}/withdraw")).StatusCode);
        var open = await bed.App.CreateClient().GetStringAsync("/api/v1/offers?site=lviv");
        Assert.DoesNotContain(data.LvivOffer.ToString(), open, StringComparison.Ordinal);

        await bed.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var tie = await db.Set<Partnership>().SingleAsync(p => p.SiteId == bed.LvivId && p.PartnerSiteId == bed.KyivId);
            Assert.Equal((PartnershipStatus.Active, new DateOnly(2023, 9, 1)), (tie.Status, tie.StartedOn!.Value));
            Assert.Equal(["reconstruction", "education"], tie.Areas);
            Assert.Equal([news], tie.LinkedNewsKeys);
            var stored = await db.Set<NetworkEvent>().SingleAsync(e => e.Key == eventKey);
            Assert.Equal(new DateTimeOffset(2027, 5, 20, 8, 0, 0, TimeSpan.Zero), stored.StartsAt);
            Assert.Equal(new DateTimeOffset(2027, 5, 20, 15, 30, 0, TimeSpan.Zero), stored.EndsAt);
            Assert.Equal(1, stored.Sequence);
            Assert.Equal(data.WinnipegId, stored.PlacePartnerCityId);
            var actions = await db.Set<AuditEntry>().Where(a => a.SiteId == bed.LvivId && !a.Action.StartsWith("role-")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
            Assert.Equal(["partnership-created", "event-created", "event-saved", "offer-withdrawn"], actions);
        });
    }

    private static async Task AssertFieldErrorAsync(BackofficeClient client, string path, string field, string message, params (string, string)[] fields)
    {
        var response = await client.PostAsync(path, fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"POST {path} answered {(int)response.StatusCode}");
        var error = Regex.Match(html, $"<p class=\"field-error\" id=\"e-{field}\">([^<]*)</p>");
        Assert.True(error.Success, $"no error shown at {field} on {path}");
        Assert.Contains(message, WebUtility.HtmlDecode(error.Groups[1].Value), StringComparison.Ordinal);
        Assert.Contains($"href=\"#f-{field}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-{field}\"", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("/([0-9a-f-]{36})\\?")]
    private static partial Regex KeyInPath();
}

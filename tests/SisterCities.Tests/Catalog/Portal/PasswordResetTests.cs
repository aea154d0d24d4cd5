using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed partial class PasswordResetTests
{
    private const string NewPassword = "lypy-na-prospekti-svobody";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Reset_link_from_the_eml_works_once_ends_other_sessions_and_retires_the_old_password(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await PortalTestData.ConfirmedUserAsync(bed, "olena@firma.example");
        var oldSession = await PortalTestData.SignInAsync(bed, "olena@firma.example");
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/business")).StatusCode);

        var visitor = PortalTestData.Anonymous(bed);
        var asked = await visitor.PostAsync("/business/forgot-password", ("Email", "Olena@Firma.example"));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var link = ResetLink(await PortalMailFiles.FlushAsync(bed), "olena@firma.example");

        var form = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("Choose a new password", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (userId, token) = Parts(link);
        var reset = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Password changed", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Used once: both the page and a second post refuse the link, and nothing changes.
        var again = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var replay = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", "another-password-entirely"), ("ConfirmPassword", "another-password-entirely"));
        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);

        // The session signed in before the reset is over; the old password no longer opens the portal, the new one does.
        var stale = await oldSession.GetAsync("/business");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/business/sign-in", stale.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var old = await PortalTestData.Anonymous(bed).PostAsync("/business/sign-in", ("Email", "olena@firma.example"), ("Password", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        var client = await PortalTestData.SignInAsync(bed, "olena@firma.example", NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/business")).StatusCode);
    }

    [Fact]
    public async Task Unknown_address_gets_the_same_answer_and_no_mail_is_sent()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "known@firma.example");
        var visitor = PortalTestData.Anonymous(bed);

        var known = await visitor.PostAsync("/business/forgot-password", ("Email", "known@firma.example"));
        var unknown = await visitor.PostAsync("/business/forgot-password", ("Email", "nobody@firma.example"));

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(
            (await known.Content.ReadAsStringAsync()).Replace("known@firma.example", "{email}", StringComparison.Ordinal),
            (await unknown.Content.ReadAsStringAsync()).Replace("nobody@firma.example", "{email}", StringComparison.Ordinal));
        var mails = await PortalMailFiles.FlushAsync(bed);
        Assert.Equal("known@firma.example", Assert.Single(mails).To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Expired_forged_and_foreign_links_are_refused_with_a_clear_message()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock: clock);
        await PortalTestData.ConfirmedUserAsync(bed, "olena@firma.example");
        var otherId = await PortalTestData.ConfirmedUserAsync(bed, "petro@firma.example");
        var visitor = PortalTestData.Anonymous(bed);
        await visitor.PostAsync("/business/forgot-password", ("Email", "olena@firma.example"));
        var link = ResetLink(await PortalMailFiles.FlushAsync(bed), "olena@firma.example");
        var (userId, token) = Parts(link);

        // Forged: one character of the token changed; foreign: Olena's token with Petro's id.
        var forgedToken = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var forged = await visitor.GetAsync($"/business/reset-password?userId={userId}&token={Uri.EscapeDataString(forgedToken)}");
        Assert.Equal(HttpStatusCode.Gone, forged.StatusCode);
        Assert.Contains("Link not valid", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var foreign = await visitor.PostAsync("/business/reset-password", ("UserId", otherId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.Gone, foreign.StatusCode);

        // Still good just inside its lifetime (2 hours by default), expired just after.
        clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("Link expired", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/business/forgot-password\"", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Nothing changed: the old password still signs in.
        await PortalTestData.SignInAsync(bed, "olena@firma.example");
    }

    [Fact]
    public async Task Weak_or_mismatched_new_password_is_a_422_that_keeps_the_link_usable()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "olena@firma.example");
        var visitor = PortalTestData.Anonymous(bed);
        await visitor.PostAsync("/business/forgot-password", ("Email", "olena@firma.example"));
        var (userId, token) = Parts(ResetLink(await PortalMailFiles.FlushAsync(bed), "olena@firma.example"));

        var weak = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", "short"), ("ConfirmPassword", "short"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Contains("id=\"f-password-error\"", weakHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", weakHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"#f-password\"", weakHtml, StringComparison.Ordinal);
        var mismatch = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword + "x"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains("id=\"f-confirmPassword-error\"", await mismatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badEmail = await visitor.PostAsync("/business/forgot-password", ("Email", "not an address"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badEmail.StatusCode);
        Assert.Contains("id=\"f-email-error\"", await badEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var ok = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Reset_requests_are_limited_per_client_and_mails_per_address()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Catalog:Portal:PasswordResetsPerIp"] = "3",
            ["Catalog:Portal:PasswordResetsPerAddress"] = "1",
        });
        await PortalTestData.ConfirmedUserAsync(bed, "olena@firma.example");
        var visitor = PortalTestData.Anonymous(bed);
        var statuses = new List<HttpStatusCode>();
        foreach (var email in new[] { "olena@firma.example", "OLENA@firma.example", "nobody@firma.example", "olena@firma.example" })
        {
            statuses.Add((await visitor.PostAsync("/business/forgot-password", ("Email", email))).StatusCode);
        }

        // The second request for the same address gets the same page but no second mail; the fourth request is over the client's limit.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Single(await PortalMailFiles.FlushAsync(bed));
    }

    [Fact]
    public async Task Backoffice_staff_get_a_mail_without_a_reset_link()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var visitor = PortalTestData.Anonymous(bed);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync("/business/forgot-password", ("Email", "editor@lviv.example"))).StatusCode);
        var mail = Assert.Single(await PortalMailFiles.FlushAsync(bed));
        Assert.Contains("site administrator", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("reset-password", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_confirms_an_unconfirmed_address_and_lifts_a_lockout()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var visitor = PortalTestData.Anonymous(bed);
        await visitor.PostAsync("/business/sign-up", ("Name", "Test"), ("Email", "late@firma.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
        await PortalTestData.ConfirmedUserAsync(bed, "locked@firma.example");
        for (var i = 0; i < 5; i++)
        {
            await PortalTestData.Anonymous(bed).PostAsync("/business/sign-in", ("Email", "locked@firma.example"), ("Password", "wrong-password-" + i));
        }

        var locked = await PortalTestData.Anonymous(bed).PostAsync("/business/sign-in", ("Email", "locked@firma.example"), ("Password", BackofficeTestBed.Password));
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var email in new[] { "late@firma.example", "locked@firma.example" })
        {
            await visitor.PostAsync("/business/forgot-password", ("Email", email));
            var (userId, token) = Parts(ResetLink(await PortalMailFiles.FlushAsync(bed), email));
            var reset = await visitor.PostAsync("/business/reset-password", ("UserId", userId), ("Token", token), ("Password", NewPassword), ("ConfirmPassword", NewPassword));
            Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
            var client = await PortalTestData.SignInAsync(bed, email, NewPassword);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/business")).StatusCode);
        }
    }

    [Fact]
    public async Task Change_password_keeps_this_session_and_signs_out_the_others()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "olena@firma.example");
        var here = await PortalTestData.SignInAsync(bed, "olena@firma.example");
        var elsewhere = await PortalTestData.SignInAsync(bed, "olena@firma.example");
        Assert.Contains("Change your password", await (await here.GetAsync("/business/account")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = await here.PostAsync("/business/account/password", ("CurrentPassword", "not-my-password-at-all"), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("id=\"f-currentPassword-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var changed = await here.PostAsync("/business/account/password", ("CurrentPassword", BackofficeTestBed.Password), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/business")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await elsewhere.GetAsync("/business")).StatusCode);
        await PortalTestData.SignInAsync(bed, "olena@firma.example", NewPassword);
    }

    /// <summary>The path and query of the reset link in the last message to <paramref name="to"/>.</summary>
    internal static string ResetLink(IEnumerable<MimeMessage> messages, string to)
    {
        // The reset mail, not any mail to the address: a sign-up confirmation written in the same second may sort
        // after it in the mail folder.
        var reset = messages.Where(m => m.To.Mailboxes.Any(a => a.Address == to) && (m.Subject ?? "").Contains("Reset your password", StringComparison.Ordinal)).ToList();
        Assert.True(reset.Count > 0, $"No reset e-mail to {to}.");
        var url = Link().Match(reset[^1].TextBody ?? "").Value;
        Assert.False(string.IsNullOrEmpty(url), "No reset link in the e-mail.");
        return new Uri(url).PathAndQuery;
    }

    private static (string UserId, string Token) Parts(string link)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        return (query["userId"].ToString(), query["token"].ToString());
    }

    [GeneratedRegex(@"https?://\S+/business/reset-password\?\S+")]
    private static partial Regex Link();
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Data;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

public sealed class SignUpTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Sign_up_is_confirmed_from_the_eml_link_and_only_then_signs_in(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        var visitor = PortalTestData.Anonymous(bed);
        var signUp = await visitor.PostAsync("/business/sign-up",
            ("Name", "Олена Коваль"), ("Email", "olena@firma.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);

        var early = await visitor.PostAsync("/business/sign-in", ("Email", "olena@firma.example"), ("Password", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, early.StatusCode);
        Assert.Contains("Confirm your e-mail first", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var link = PortalMailFiles.ConfirmationLink(await PortalMailFiles.FlushAsync(bed), "olena@firma.example");
        var confirmed = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal))).StatusCode);

        var client = await PortalTestData.SignInAsync(bed, "olena@firma.example");
        var home = await client.GetAsync("/business");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Register a business", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unconfirmed_account_signed_in_elsewhere_cannot_use_the_portal()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var visitor = PortalTestData.Anonymous(bed);
        await visitor.PostAsync("/business/sign-up", ("Name", "Test"), ("Email", "late@firma.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));

        // The backoffice sign-in does not ask for a confirmed e-mail; the portal still refuses the account.
        var backoffice = await bed.SignInAsync("late@firma.example");
        var portal = new PortalClient(backoffice.Http);
        Assert.Equal(HttpStatusCode.Forbidden, (await portal.GetAsync("/business/register")).StatusCode);
    }

    [Fact]
    public async Task Filled_honeypot_weak_password_and_mismatch_create_no_account()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var visitor = PortalTestData.Anonymous(bed);
        var bot = await visitor.PostAsync("/business/sign-up", ("Name", "Bot"), ("Email", "bot@spam.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password), ("Homepage", "http://spam.example"));
        var weak = await visitor.PostAsync("/business/sign-up", ("Name", "Weak"), ("Email", "weak@firma.example"), ("Password", "short"), ("ConfirmPassword", "short"));
        var mismatch = await visitor.PostAsync("/business/sign-up", ("Name", "Typo"), ("Email", "typo@firma.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password + "x"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bot.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, weak.StatusCode);
        Assert.Contains("id=\"f-password-error\"", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Equal(0, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Users.CountAsync()));
        Assert.Equal(0, await PortalTestData.OutboxCountAsync(bed));
    }

    [Fact]
    public async Task Sign_ups_from_one_address_are_limited()
    {
        await using var bed = await BackofficeTestBed.StartAsync(settings: new Dictionary<string, string?> { ["Catalog:Portal:SignUpsPerIp"] = "2" });
        var visitor = PortalTestData.Anonymous(bed);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            var response = await visitor.PostAsync("/business/sign-up", ("Name", "Test"), ("Email", $"user{i}@firma.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses);
        Assert.Equal(2, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Users.CountAsync()));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Notifications;
using SisterCities.Tests.Infrastructure;

namespace SisterCities.Tests.Backoffice;

public sealed partial class MembersAndAuditTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Site_admin_adds_a_member_who_chooses_a_password_from_the_mailed_link(DatabaseProvider provider)
    {
        await using var bed = await BackofficeTestBed.StartAsync(provider: provider);
        await bed.CreateUserAsync("admin@lviv.example", bed.LvivId, SiteRole.SiteAdmin);
        await bed.CreateUserAsync("editor@lviv.example", bed.LvivId, SiteRole.Editor);
        var admin = await bed.SignInAsync("admin@lviv.example");
        var editor = await bed.SignInAsync("editor@lviv.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/backoffice/sites/lviv/members")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/backoffice/sites/lviv/members", ("email", "x@lviv.example"), ("role", "SiteAdmin"))).StatusCode);

        var added = await admin.PostAsync("/backoffice/sites/lviv/members", ("email", "new.author@lviv.example"), ("role", "Author"));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("new.author@lviv.example is now Author.", await added.Content.ReadAsStringAsync());

        var mail = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<OutboxMail>().SingleAsync(m => m.To == "new.author@lviv.example"));
        var link = ResetLink().Match(mail.Body).Value;
        Assert.NotEmpty(link);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query);
        var anonymous = bed.Anonymous();
        var reset = await anonymous.PostAsync("/backoffice/reset-password", ("Email", query["email"]!), ("Token", query["token"]!),
            ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var reused = await anonymous.PostAsync("/backoffice/reset-password", ("Email", query["email"]!), ("Token", query["token"]!),
            ("Password", "another-long-password"), ("ConfirmPassword", "another-long-password"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);

        var author = await bed.SignInAsync("new.author@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await author.GetAsync("/backoffice/sites/lviv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/backoffice/sites/lviv/audit")).StatusCode);

        var audit = await editor.Http.GetStringAsync("/backoffice/sites/lviv/audit");
        Assert.Contains("role-granted", audit);
        Assert.Contains("new.author@lviv.example: Author", audit);
    }

    [GeneratedRegex(@"/backoffice/reset-password\?\S+")]
    private static partial Regex ResetLink();

    [Fact]
    public async Task Network_audit_log_shows_network_admin_grants_to_network_admins_only()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("network@sistercities.example", networkAdmin: true);
        await bed.CreateUserAsync("admin@kyiv.example", bed.KyivId, SiteRole.SiteAdmin);
        var network = await bed.SignInAsync("network@sistercities.example");
        var siteAdmin = await bed.SignInAsync("admin@kyiv.example");

        var page = await network.Http.GetStringAsync("/backoffice/audit");
        Assert.Contains("network@sistercities.example: NetworkAdmin", page);
        Assert.DoesNotContain("admin@kyiv.example: SiteAdmin", page);
        Assert.Equal(HttpStatusCode.Forbidden, (await siteAdmin.GetAsync("/backoffice/audit")).StatusCode);
        Assert.Contains("admin@kyiv.example: SiteAdmin", await siteAdmin.Http.GetStringAsync("/backoffice/sites/kyiv/audit"));
    }
}

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Data;
using SisterCities.Cms.Workflow;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Accounts;

public sealed class AccountTests
{
    [Fact]
    public async Task First_run_setup_link_creates_the_network_admin_once_and_is_then_gone()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var token = await bed.WithScopeAsync(sp => sp.GetRequiredService<SetupLinks>().CreateAsync(CancellationToken.None));
        var stored = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<SetupToken>().Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(token, stored);

        var anonymous = bed.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/backoffice/setup?token={token}")).StatusCode);
        var created = await anonymous.PostAsync("/backoffice/setup", ("Token", token), ("Email", "admin@sistercities.example"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var again = await anonymous.PostAsync("/backoffice/setup", ("Token", token), ("Email", "intruder@example.org"), ("Password", BackofficeTestBed.Password), ("ConfirmPassword", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/backoffice/setup?token={token}")).StatusCode);

        var admin = await bed.SignInAsync("admin@sistercities.example");
        var sites = await admin.Http.GetStringAsync("/backoffice");
        Assert.Contains("/backoffice/sites/kyiv", sites);
        Assert.Contains("/backoffice/sites/lviv", sites);
        Assert.Equal(1, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Users.CountAsync()));
    }

    [Fact]
    public async Task Setup_link_expires_after_its_lifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bed = await BackofficeTestBed.StartAsync(clock);
        var token = await bed.WithScopeAsync(sp => sp.GetRequiredService<SetupLinks>().CreateAsync(CancellationToken.None));
        Assert.True(await bed.WithScopeAsync(sp => sp.GetRequiredService<SetupLinks>().IsValidAsync(token, CancellationToken.None)));

        clock.Advance(SetupLinks.Lifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Gone, (await bed.Anonymous().GetAsync($"/backoffice/setup?token={token}")).StatusCode);
    }

    [Fact]
    public async Task Create_admin_command_takes_the_password_from_stdin_or_generates_one()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var output = new StringWriter();
        var code = await bed.WithScopeAsync(sp => new CreateAdminCommand(sp.GetRequiredService<AccountAdministration>(), new PipedInput(BackofficeTestBed.Password))
            .RunAsync(["piped@sistercities.example"], output, CancellationToken.None));
        Assert.Equal(0, code);
        Assert.DoesNotContain(BackofficeTestBed.Password, output.ToString());
        await bed.SignInAsync("piped@sistercities.example");

        output = new StringWriter();
        code = await bed.WithScopeAsync(sp => new CreateAdminCommand(sp.GetRequiredService<AccountAdministration>(), new PipedInput(null))
            .RunAsync(["generated@sistercities.example"], output, CancellationToken.None));
        Assert.Equal(0, code);
        var generated = output.ToString().Split("): ")[1].Trim();
        await bed.SignInAsync("generated@sistercities.example", generated);
        Assert.Equal(2, await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().UserRoles.CountAsync()));
    }

    [Fact]
    public async Task Short_password_is_refused_by_the_policy()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var output = new StringWriter();
        var code = await bed.WithScopeAsync(sp => new CreateAdminCommand(sp.GetRequiredService<AccountAdministration>(), new PipedInput("short"))
            .RunAsync(["weak@sistercities.example"], output, CancellationToken.None));
        Assert.Equal(1, code);
        Assert.Contains("at least 12", output.ToString());
        Assert.False(await bed.WithScopeAsync(sp => sp.GetRequiredService<AccountAdministration>().HasNetworkAdminAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var client = bed.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.PostAsync("/backoffice/sign-in", ("Email", "author@lviv.example"), ("Password", "not-the-password-" + i));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var right = await client.PostAsync("/backoffice/sign-in", ("Email", "author@lviv.example"), ("Password", BackofficeTestBed.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_the_other_sessions_and_is_audited()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("editor@kyiv.example", bed.KyivId, SiteRole.Editor);
        var laptop = await bed.SignInAsync("editor@kyiv.example");
        var phone = await bed.SignInAsync("editor@kyiv.example");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/backoffice/sites/kyiv")).StatusCode);

        var done = await laptop.PostAsync("/backoffice/profile/sign-out-everywhere");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        var after = await phone.GetAsync("/backoffice/sites/kyiv");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/backoffice/sign-in", after.Headers.Location!.ToString());
        Assert.True(await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>()
            .AnyAsync(a => a.Action == AuditActions.SignedOutEverywhere && a.Subject == userId)));
    }

    [Fact]
    public async Task Revoking_a_role_takes_effect_on_the_next_request()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        var userId = await bed.CreateUserAsync("author@lviv.example", bed.LvivId, SiteRole.Author);
        var client = await bed.SignInAsync("author@lviv.example");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/backoffice/sites/lviv")).StatusCode);

        await bed.WithScopeAsync(sp => sp.GetRequiredService<AccountAdministration>().RevokeAsync(userId, bed.LvivId, null, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/backoffice/sites/lviv")).StatusCode);
        var audit = await bed.WithScopeAsync(sp => sp.GetRequiredService<CmsDbContext>().Set<AuditEntry>().Where(a => a.Subject == userId).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.UserCreated, AuditActions.RoleGranted, AuditActions.RoleRevoked], audit);
    }

    private sealed class PipedInput(string? text) : StandardInput
    {
        public override TextReader? Redirected() => text is null ? null : new StringReader(text + "\n");
    }
}

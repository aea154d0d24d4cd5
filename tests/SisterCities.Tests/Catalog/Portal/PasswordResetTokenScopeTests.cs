using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Accounts;
using SisterCities.Tests.Backoffice;

namespace SisterCities.Tests.Catalog.Portal;

/// <summary>
/// The portal's reset tokens are checked by the reset page only: Identity's token-provider map does not know them,
/// so no other Identity flow (user tokens, two-factor codes) can be fed a mailed reset link.
/// </summary>
public sealed class PasswordResetTokenScopeTests
{
    private const string FormerProviderName = "PortalPasswordReset";

    [Fact]
    public async Task Mailed_reset_token_is_not_an_Identity_user_token_yet_still_opens_the_reset_page()
    {
        await using var bed = await BackofficeTestBed.StartAsync();
        await PortalTestData.ConfirmedUserAsync(bed, "taras@firma.example");
        var visitor = PortalTestData.Anonymous(bed);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync("/business/forgot-password", ("Email", "taras@firma.example"))).StatusCode);
        var link = PasswordResetTests.ResetLink(await PortalMailFiles.FlushAsync(bed), "taras@firma.example");
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + link).Query)["token"].ToString();

        await bed.WithScopeAsync(async sp =>
        {
            Assert.DoesNotContain(FormerProviderName, sp.GetRequiredService<IOptions<IdentityOptions>>().Value.Tokens.ProviderMap.Keys);
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByEmailAsync("taras@firma.example"))!;
            Assert.DoesNotContain(FormerProviderName, await users.GetValidTwoFactorProvidersAsync(user));
            await Assert.ThrowsAsync<NotSupportedException>(() =>
                users.VerifyUserTokenAsync(user, FormerProviderName, UserManager<CmsUser>.ResetPasswordTokenPurpose, token));
            Assert.False(await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, UserManager<CmsUser>.ResetPasswordTokenPurpose, token));
        });

        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(link)).StatusCode);
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;

namespace SisterCities.Cms.Backoffice;

/// <summary>The signed-in user's own account: password, two-factor sign-in, sign-out everywhere.</summary>
[Route("backoffice/profile")]
public sealed class ProfileController(UserManager<CmsUser> users, SignInManager<CmsUser> signIn, AccountAdministration accounts) : BackofficeController
{
    private const string Issuer = "SisterCities";

    [HttpGet("")]
    public async Task<IActionResult> Index() => Page("Profile", await ModelAsync(null));

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(string? currentPassword, string? newPassword)
    {
        var user = await UserAsync();
        var result = await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword ?? "");
        if (!result.Succeeded)
        {
            return Page("Profile", await ModelAsync(null, result.Errors.Select(e => e.Description).ToArray()), StatusCodes.Status422UnprocessableEntity);
        }

        // The new security stamp ends other sessions; keep this one.
        await signIn.RefreshSignInAsync(user);
        return Page("Profile", await ModelAsync("Password changed. Other sessions have been signed out."));
    }

    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere(CancellationToken cancellationToken)
    {
        await accounts.SignOutEverywhereAsync(Me.Id, Me, cancellationToken);
        await signIn.SignOutAsync();
        return Redirect(AccountServices.SignInPath);
    }

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableTwoFactor(string? code)
    {
        var user = await UserAsync();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, (code ?? "").Replace(" ", "", StringComparison.Ordinal));
        if (!valid)
        {
            return Page("Profile", await ModelAsync(null, ["That code is not right; check the time on your phone and try again."]), StatusCodes.Status422UnprocessableEntity);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return Page("Profile", await ModelAsync("Two-factor sign-in is on."));
    }

    [HttpPost("two-factor/disable")]
    public async Task<IActionResult> DisableTwoFactor()
    {
        var user = await UserAsync();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Page("Profile", await ModelAsync("Two-factor sign-in is off."));
    }

    private async Task<CmsUser> UserAsync() => await users.FindByIdAsync(Me.Id) ?? throw new InvalidOperationException("Signed-in user vanished.");

    private async Task<ProfileModel> ModelAsync(string? notice, IReadOnlyList<string>? errors = null)
    {
        var user = await UserAsync();
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        string? key = null;
        if (!enabled)
        {
            key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                // Making a key changes the security stamp; renew this session's cookie so it stays valid.
                await users.ResetAuthenticatorKeyAsync(user);
                await signIn.RefreshSignInAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
        }

        var uri = key is null ? null : $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email ?? "")}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new ProfileModel(user.Email ?? "", enabled, key, uri, notice, errors ?? []);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Backoffice;

/// <summary>Sign-in (with optional TOTP), sign-out, and the one-time first-run set-up of the first network admin.</summary>
[Route("backoffice")]
public sealed class AccountController(
    SignInManager<CmsUser> signIn, SetupLinks setupLinks, AccountAdministration accounts, CmsDbContext db) : BackofficeController
{
    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => Page("SignIn", new SignInModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn([FromForm] SignInModel model)
    {
        var result = string.IsNullOrWhiteSpace(model.Email) || string.IsNullOrEmpty(model.Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(model.Email.Trim(), model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(model.ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(TwoFactor), new { returnUrl = model.ReturnUrl });
        }

        model.Password = "";
        model.Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for 15 minutes."
            : "The e-mail or password is not right.";
        return Page("SignIn", model, StatusCodes.Status401Unauthorized);
    }

    [AllowAnonymous]
    [HttpGet("sign-in/two-factor")]
    public IActionResult TwoFactor(string? returnUrl) => Page("TwoFactor", new TwoFactorModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in/two-factor")]
    public async Task<IActionResult> TwoFactor([FromForm] TwoFactorModel model)
    {
        var code = (model.Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(model.ReturnUrl));
        }

        model.Error = result.IsLockedOut ? "Too many failed attempts: this account is locked for 15 minutes." : "That code is not right.";
        return Page("TwoFactor", model, StatusCodes.Status401Unauthorized);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        await signIn.SignOutAsync();
        return Redirect(AccountServices.SignInPath);
    }

    [AllowAnonymous]
    [HttpGet("setup")]
    public async Task<IActionResult> Setup(string? token, CancellationToken cancellationToken) =>
        await setupLinks.IsValidAsync(token, cancellationToken) && !await accounts.HasNetworkAdminAsync(cancellationToken)
            ? Page("Setup", new SetupModel { Token = token })
            : Page("Message", new MessageModel("Set-up link not valid", "This set-up link is unknown, used or expired. Restart the application for a new one, or run 'users create-admin'."), StatusCodes.Status410Gone);

    [AllowAnonymous]
    [HttpPost("setup")]
    public async Task<IActionResult> Setup([FromForm] SetupModel model, CancellationToken cancellationToken)
    {
        await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
        if (await accounts.HasNetworkAdminAsync(cancellationToken) || !await setupLinks.ConsumeAsync(model.Token, cancellationToken))
        {
            return Page("Message", new MessageModel("Set-up link not valid", "This set-up link is unknown, used or expired."), StatusCodes.Status410Gone);
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(model.Email) || !model.Email.Contains('@', StringComparison.Ordinal))
        {
            errors["Email"] = ["Enter your e-mail address."];
        }

        if (model.Password != model.ConfirmPassword)
        {
            errors["ConfirmPassword"] = ["The two passwords differ."];
        }

        if (errors.Count == 0)
        {
            var result = await accounts.CreateNetworkAdminAsync(model.Email!, model.Password ?? "", actor: null, cancellationToken);
            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                return Redirect(AccountServices.SignInPath);
            }

            errors["Password"] = result.Errors.Select(e => e.Description).ToArray();
        }

        model.Errors = errors;
        model.Password = model.ConfirmPassword = "";
        return Page("Setup", model, StatusCodes.Status422UnprocessableEntity);
    }

    private string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(BackofficeServices.PathPrefix, StringComparison.Ordinal)
            ? returnUrl
            : BackofficeServices.PathPrefix;
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Portal.Models;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>The signed-in account's own page: name, address and changing the password (which signs out other sessions).</summary>
[Route("business/account")]
public sealed class PortalAccountPageController(UserManager<CmsUser> users, SignInManager<CmsUser> signIn) : PortalController
{
    [HttpGet("")]
    public IActionResult Index() => Page("Account", new AccountModel(Me.Name, Me.Email, FormErrors.None));

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(string? currentPassword, string? newPassword, string? confirmPassword)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(currentPassword))
        {
            errors["currentPassword"] = ["Enter your current password."];
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            errors["newPassword"] = ["Enter a new password."];
        }
        else if (newPassword != confirmPassword)
        {
            errors["confirmPassword"] = ["The two passwords differ."];
        }

        if (errors.Count == 0)
        {
            var user = await users.FindByIdAsync(Me.Id) ?? throw new InvalidOperationException("The signed-in account vanished.");
            var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
            if (result.Succeeded)
            {
                // The new security stamp ends every other session; this one gets a fresh cookie and stays.
                await signIn.RefreshSignInAsync(user);
                return Page("Account", new AccountModel(Me.Name, Me.Email, FormErrors.None, "Your password is changed. Other sessions of this account have been signed out."));
            }

            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "currentPassword" : "newPassword";
                var message = field == "currentPassword" ? "The current password is not right." : error.Description;
                errors[field] = [.. errors.GetValueOrDefault(field) ?? [], message];
            }
        }

        return Page("Account", new AccountModel(Me.Name, Me.Email, new FormErrors(errors)), StatusCodes.Status422UnprocessableEntity);
    }
}

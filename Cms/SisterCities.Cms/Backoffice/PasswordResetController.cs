using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Backoffice.Models;

namespace SisterCities.Cms.Backoffice;

/// <summary>Choosing a password from an e-mailed link (new members, forgotten passwords). Identity's token is single-use.</summary>
[Route("backoffice/reset-password")]
public sealed class PasswordResetController(UserManager<CmsUser> users) : BackofficeController
{
    [AllowAnonymous]
    [HttpGet("")]
    public IActionResult Form(string? email, string? token) => Page("ResetPassword", new SetupModel { Email = email, Token = token });

    [AllowAnonymous]
    [HttpPost("")]
    public async Task<IActionResult> Reset([FromForm] SetupModel model)
    {
        var user = string.IsNullOrWhiteSpace(model.Email) ? null : await users.FindByEmailAsync(model.Email);
        var errors = new Dictionary<string, string[]>();
        if (model.Password != model.ConfirmPassword)
        {
            errors["ConfirmPassword"] = ["The two passwords differ."];
        }
        else if (user is null)
        {
            errors["Password"] = ["This link is not valid."];
        }
        else
        {
            var result = await users.ResetPasswordAsync(user, model.Token ?? "", model.Password ?? "");
            if (result.Succeeded)
            {
                return Redirect(AccountServices.SignInPath);
            }

            errors["Password"] = result.Errors.Select(e => e.Description).ToArray();
        }

        model.Errors = errors;
        model.Password = model.ConfirmPassword = "";
        return Page("ResetPassword", model, StatusCodes.Status422UnprocessableEntity);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// Sign-up from any country (an account without any site role), e-mail confirmation, sign-in and sign-out for the
/// business portal. An account can act only after its e-mail is confirmed; the password policy is Identity's.
/// </summary>
[Route("business")]
public sealed class PortalAccountController(
    UserManager<CmsUser> users, SignInManager<CmsUser> signIn, PortalSignUpLimits limits, PortalMail mail, CmsDbContext db, TimeProvider clock) : PortalController
{
    [AllowAnonymous]
    [HttpGet("sign-up")]
    public IActionResult SignUp() => Page("SignUp", new SignUpForm());

    [AllowAnonymous]
    [HttpPost("sign-up")]
    public async Task<IActionResult> SignUp([FromForm] SignUpForm form, CancellationToken cancellationToken)
    {
        if (!await limits.TryAcquireAsync(HttpContext))
        {
            return Message("Too many sign-ups", "Too many accounts were created from your network recently. Try again in an hour.", StatusCodes.Status429TooManyRequests);
        }

        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrEmpty(form.Homepage))
        {
            errors["form"] = ["The form could not be accepted."];
        }

        var email = form.Email?.Trim();
        if (string.IsNullOrEmpty(email) || !CatalogText.IsEmail(email) || email.Length > CatalogText.EmailMax)
        {
            errors["email"] = ["Enter your e-mail address, like name@example.com."];
        }

        var name = form.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > CatalogText.NameMax || name.Any(char.IsControl))
        {
            errors["name"] = [$"Enter your name (at most {CatalogText.NameMax} characters)."];
        }

        if (form.Password != form.ConfirmPassword)
        {
            errors["confirmPassword"] = ["The two passwords differ."];
        }

        if (errors.Count == 0)
        {
            await using var transaction = await OwnedTransaction.BeginAsync(db, cancellationToken);
            var user = new CmsUser { UserName = email, Email = email, DisplayName = name!, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, form.Password ?? "");
            if (created.Succeeded)
            {
                var token = await users.GenerateEmailConfirmationTokenAsync(user);
                mail.ConfirmAccount(email!, $"{Request.Scheme}://{Request.Host}{Request.PathBase}/business/confirm?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Message("Check your e-mail", $"We sent a confirmation link to {email}. Open it to finish signing up.", StatusCodes.Status200OK);
            }

            foreach (var error in created.Errors)
            {
                var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
                errors[field] = [.. errors.GetValueOrDefault(field) ?? [], error.Description];
            }
        }

        form.Password = form.ConfirmPassword = null;
        form.Errors = new FormErrors(errors);
        return Page("SignUp", form, StatusCodes.Status422UnprocessableEntity);
    }

    [AllowAnonymous]
    [HttpGet("confirm")]
    public async Task<IActionResult> Confirm(string? userId, string? token)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(token) || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
        {
            return Message("Link not valid", "This confirmation link is unknown, used or expired.", StatusCodes.Status410Gone);
        }

        return Page("Confirmed", null);
    }

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => Page("SignIn", new SignInForm { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn([FromForm] SignInForm form)
    {
        var user = string.IsNullOrWhiteSpace(form.Email) ? null : await users.FindByEmailAsync(form.Email.Trim());
        form.Error = "The e-mail or password is not right.";
        if (user is not null && !string.IsNullOrEmpty(form.Password))
        {
            // The password is checked before the confirmation state is revealed, so the form does not tell strangers which addresses exist.
            if (!user.EmailConfirmed && await users.CheckPasswordAsync(user, form.Password))
            {
                form.Error = "Confirm your e-mail first: open the link in the message we sent you.";
            }
            else if (user.EmailConfirmed)
            {
                var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return LocalRedirect(SafeReturn(form.ReturnUrl));
                }

                if (result.RequiresTwoFactor)
                {
                    return Redirect("/backoffice/sign-in/two-factor");
                }

                if (result.IsLockedOut)
                {
                    form.Error = "Too many failed attempts: this account is locked for 15 minutes.";
                }
            }
        }

        form.Password = null;
        return Page("SignIn", form, StatusCodes.Status401Unauthorized);
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutNow()
    {
        await signIn.SignOutAsync();
        return Redirect(PortalRoutes.SignIn);
    }

    private string SafeReturn(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) && returnUrl.StartsWith(PortalRoutes.Prefix, StringComparison.Ordinal)
            ? returnUrl
            : PortalRoutes.Prefix;
}

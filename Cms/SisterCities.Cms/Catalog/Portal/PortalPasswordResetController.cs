using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Accounts;
using SisterCities.Cms.Catalog.Portal.Models;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// "Forgot your password?" for business accounts: the request form always gives the same answer, whether or not an
/// account uses the address; the account's owner gets a single-use, time-limited link by mail through the outbox;
/// the link's page sets a new password, which changes the security stamp and so ends every other session.
/// </summary>
[Route("business")]
public sealed class PortalPasswordResetController(
    UserManager<CmsUser> users, SiteAccess access, PortalPasswordResetTokens tokens, PortalPasswordResetLimits limits,
    PortalPasswordMail mail, CmsDbContext db, IOptions<PortalPasswordOptions> options) : PortalController
{
    public const string ForgotPath = PortalRoutes.Prefix + "/forgot-password";

    public const string ResetPath = PortalRoutes.Prefix + "/reset-password";

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => Page("ForgotPassword", new ForgotPasswordForm());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> Forgot([FromForm] ForgotPasswordForm form, CancellationToken cancellationToken)
    {
        if (!await limits.TryAcquireForClientAsync(HttpContext))
        {
            return Message("Too many requests", "Too many password resets were asked from your network recently. Try again in an hour.", StatusCodes.Status429TooManyRequests);
        }

        var email = form.Email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > CatalogText.EmailMax || !CatalogText.IsEmail(email))
        {
            form.Errors = new FormErrors(new Dictionary<string, string[]> { ["email"] = ["Enter your e-mail address, like name@example.com."] });
            return Page("ForgotPassword", form, StatusCodes.Status422UnprocessableEntity);
        }

        // The per-address limit is counted before the lookup, for every address, so it tells nothing about accounts.
        if (await limits.TryAcquireForAddressAsync(email, cancellationToken))
        {
            await MailAsync(email, cancellationToken);
        }

        var hours = options.Value.PasswordResetLinkLifetime.TotalHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
        return Message("Check your e-mail",
            $"If an account of the business portal uses {email}, we have sent it a link to choose a new password. The link works once, for {hours} hours. No message? Check the spam folder, or the spelling of the address.",
            StatusCodes.Status200OK);
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public async Task<IActionResult> Reset(string? userId, string? token)
    {
        var (user, refusal) = await LinkAsync(userId, token);
        return user is null ? refusal! : Page("ResetPassword", new ResetPasswordForm { UserId = userId, Token = token });
    }

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<IActionResult> Reset([FromForm] ResetPasswordForm form)
    {
        var (user, refusal) = await LinkAsync(form.UserId, form.Token);
        if (user is null)
        {
            return refusal!;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrEmpty(form.Password))
        {
            errors["password"] = ["Enter a new password."];
        }
        else if (form.Password != form.ConfirmPassword)
        {
            errors["confirmPassword"] = ["The two passwords differ."];
        }
        else
        {
            // The link already proved control of the mailbox: it confirms the address and lifts a lockout too. These
            // are saved by the same update as the new password hash and security stamp, or not at all.
            user.EmailConfirmed = true;
            user.AccessFailedCount = 0;
            user.LockoutEnd = null;

            // Our provider checked the link; Identity's reset (password policy, hash, new stamp) takes its own token.
            var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), form.Password);
            if (result.Succeeded)
            {
                return Message("Password changed", "Your new password is set and every other session of this account has been signed out. You can sign in now.", StatusCodes.Status200OK);
            }

            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
            {
                // Two posts of one link at once: the other one won, this link is used.
                return LinkRefused(ResetLinkState.Invalid);
            }

            errors["password"] = result.Errors.Select(e => e.Description).ToArray();
        }

        return Page("ResetPassword", new ResetPasswordForm { UserId = form.UserId, Token = form.Token, Errors = new FormErrors(errors) }, StatusCodes.Status422UnprocessableEntity);
    }

    private async Task MailAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.Email is null)
        {
            return;
        }

        var editor = await access.LoadAsync(user.Id, cancellationToken);
        if (editor is not null && (editor.IsNetworkAdmin || editor.SiteRoles.Count > 0))
        {
            mail.ResetRefusedForStaff(user.Email);
        }
        else
        {
            var token = await tokens.GenerateAsync(PortalPasswordResetTokens.Purpose, users, user);
            var link = $"{Request.Scheme}://{Request.Host}{Request.PathBase}{ResetPath}?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}";
            mail.ResetLink(user.Email, link, options.Value.PasswordResetLinkLifetime);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The account of a working link, or the page that says why the link does not work (410).</summary>
    private async Task<(CmsUser? User, IActionResult? Refusal)> LinkAsync(string? userId, string? token)
    {
        var user = string.IsNullOrEmpty(userId) || userId.Length > 128 ? null : await users.FindByIdAsync(userId);
        var state = user is null ? ResetLinkState.Invalid : await tokens.CheckAsync(PortalPasswordResetTokens.Purpose, token, users, user);
        return state == ResetLinkState.Valid ? (user, null) : (null, LinkRefused(state));
    }

    private IActionResult LinkRefused(ResetLinkState state) => state == ResetLinkState.Expired
        ? Page("ResetLinkRefused", new PortalMessage("Link expired", "This password reset link is too old. Ask for a new one: it arrives in a minute."), StatusCodes.Status410Gone)
        : Page("ResetLinkRefused", new PortalMessage("Link not valid", "This password reset link was already used, or it is not complete. Ask for a new one if you still need it."), StatusCodes.Status410Gone);
}

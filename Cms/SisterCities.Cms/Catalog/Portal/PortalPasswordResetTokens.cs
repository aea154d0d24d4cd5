using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SisterCities.Cms.Accounts;

namespace SisterCities.Cms.Catalog.Portal;

/// <summary>
/// The portal's reset links, made and checked here directly (not through Identity's token-provider map, which would
/// let <c>UserManager.VerifyUserTokenAsync</c> accept them too). Like Identity's <c>DataProtectorTokenProvider</c> the token
/// is the creation time, user id, purpose and security stamp, encrypted and signed with the data-protection keys
/// kept in the database; unlike it, the time comes from <see cref="TimeProvider"/> and the lifetime is the portal's
/// own (<see cref="PortalPasswordOptions.PasswordResetLinkLifetime"/>), so the backoffice's invitation links keep
/// Identity's default. A reset changes the security stamp, which makes the link single-use.
/// </summary>
public sealed class PortalPasswordResetTokens(IDataProtectionProvider protection, IOptions<PortalPasswordOptions> options, TimeProvider clock)
{
    public const string Purpose = UserManager<CmsUser>.ResetPasswordTokenPurpose;

    private readonly IDataProtector _protector = protection.CreateProtector("SisterCities.Catalog.Portal.PasswordReset.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<CmsUser> manager, CmsUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(user.Id);
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    /// <summary>Why a link does or does not work, so the page can say "expired" rather than only "not valid".</summary>
    public async Task<ResetLinkState> CheckAsync(string purpose, string? token, UserManager<CmsUser> manager, CmsUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(token) || token.Length > 1024)
        {
            return ResetLinkState.Invalid;
        }

        long ticks;
        string userId, tokenPurpose, stamp;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))), Encoding.UTF8);
            ticks = reader.ReadInt64();
            userId = reader.ReadString();
            tokenPurpose = reader.ReadString();
            stamp = reader.ReadString();
            if (reader.PeekChar() != -1)
            {
                return ResetLinkState.Invalid;
            }
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException or EndOfStreamException or IOException or ArgumentException)
        {
            // A forged, truncated or edited token: not something to report to the visitor in detail.
            return ResetLinkState.Invalid;
        }

        // A used link is "not valid" (the stamp changed with the reset), even when it is also old by now.
        if (userId != user.Id || tokenPurpose != purpose || stamp != (await manager.GetSecurityStampAsync(user) ?? ""))
        {
            return ResetLinkState.Invalid;
        }

        return new DateTimeOffset(ticks, TimeSpan.Zero) + options.Value.PasswordResetLinkLifetime < clock.GetUtcNow()
            ? ResetLinkState.Expired
            : ResetLinkState.Valid;
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Accounts;

/// <summary>
/// One-time links that let the first network admin choose a password. There is no default password: the
/// link is printed to the console of the first start, valid for <see cref="Lifetime"/>, usable once.
/// </summary>
public sealed class SetupLinks(CmsDbContext db, TimeProvider clock)
{
    public const string Path = "/backoffice/setup";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Makes a new token and returns it; only its hash is stored.</summary>
    public async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        db.Add(new SetupToken { TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>True when the token is known, unused and unexpired (checked without consuming it).</summary>
    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken) =>
        await FindUsableAsync(token, cancellationToken) is not null;

    /// <summary>Marks the token used; false when it was not usable. Call inside the transaction that creates the admin.</summary>
    public async Task<bool> ConsumeAsync(string? token, CancellationToken cancellationToken)
    {
        var row = await FindUsableAsync(token, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.UsedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<SetupToken?> FindUsableAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 128)
        {
            return null;
        }

        var hash = Hash(token);
        var row = await db.Set<SetupToken>().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return row is { UsedAt: null } && row.ExpiresAt > clock.GetUtcNow() ? row : null;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

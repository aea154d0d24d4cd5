using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace SisterCities.Cms.Workflow;

/// <summary>
/// Signed, expiring links to the draft of one culture of one item, made with a time-limited Data Protection
/// protector (keys in the database, so every node can read a link made on another).
/// </summary>
public sealed class PreviewLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string PathPrefix = "/backoffice/preview/";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("SisterCities.Workflow.Preview.v1").ToTimeLimitedDataProtector();

    public string Create(Guid key, string culture, TimeSpan? lifetime = null)
    {
        var payload = JsonSerializer.Serialize(new PreviewTicket(key, culture));
        return PathPrefix + _protector.Protect(payload, clock.GetUtcNow() + (lifetime ?? Lifetime));
    }

    /// <summary>Reads a token; <see cref="PreviewCheck.Expired"/> for a once-valid, now-expired link.</summary>
    public PreviewCheck Read(string token, out PreviewTicket? ticket)
    {
        ticket = null;
        try
        {
            var payload = _protector.Unprotect(token, out var expiration);
            if (expiration <= clock.GetUtcNow())
            {
                return PreviewCheck.Expired;
            }

            ticket = JsonSerializer.Deserialize<PreviewTicket>(payload);
            return ticket is null ? PreviewCheck.Invalid : PreviewCheck.Valid;
        }
        catch (CryptographicException e) when (e.Message.Contains("expired", StringComparison.OrdinalIgnoreCase))
        {
            return PreviewCheck.Expired;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return PreviewCheck.Invalid;
        }
    }
}

public sealed record PreviewTicket(Guid Key, string Culture);

public enum PreviewCheck
{
    Valid,
    Expired,
    Invalid,
}

using System.Security.Cryptography;
using System.Text;

namespace SisterCities.Cms.Forms.Workflows;

/// <summary>
/// Signs webhook bodies: <c>X-SisterCities-Signature: sha256=&lt;hex HMAC-SHA256(secret, timestamp + "." + body)&gt;</c>,
/// with the Unix timestamp in <c>X-SisterCities-Timestamp</c>. Covering the timestamp lets receivers refuse old replays
/// (the scheme GitHub and Stripe use).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-SisterCities-Signature";

    public const string TimestampHeader = "X-SisterCities-Timestamp";

    public const string DeliveryHeader = "X-SisterCities-Delivery";

    public static string Sign(string secret, long timestamp, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}

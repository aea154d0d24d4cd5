using System.Security.Cryptography;
using System.Text;
using SisterCities.Cms.Data;

namespace SisterCities.Cms.Catalog.Inquiries;

/// <summary>
/// Turns a sender's IP address into a keyed hash (HMAC-SHA256), enough to count inquiries per address without
/// storing the address itself. The key is made on first use and kept in the data folder, so a leaked database
/// alone cannot be brute-forced back into addresses.
/// </summary>
public sealed class SenderIpHasher
{
    private readonly byte[] _key;

    public SenderIpHasher(DataFolder dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        var path = Path.Combine(dataFolder.Sub("keys"), "catalog-ip-hash.key");
        if (!File.Exists(path))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another node or process made it first; use theirs.
            }
        }

        _key = File.ReadAllBytes(path);
    }

    public string Hash(string? ip) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(ip ?? "unknown")));
}
